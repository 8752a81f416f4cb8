import type { LessonToken } from "@/lib/text/build-lesson";
import type { WordStatus } from "@/lib/srs/word-status";
import { rubyGroups } from "@/lib/text/ruby-groups";
import { toneOf } from "./tone";
import { tokenInScript } from "./lesson-script";

const CLICKABLE = new Set(["word", "idiom", "phrase", "name", "other"]);

/** Words, idioms, phrases and names open the popover; numbers and punctuation stay plain. */
export const isClickable = (t: LessonToken) => !!t.pinyin && CLICKABLE.has(t.kind);


/** Characters as written and in the other script; the reader's script switch shows one (CSS). */
function Written({ text, alt }: { text: string; alt: string | undefined }) {
  if (!alt || alt === text) return text;
  return (
    <>
      <span className="w">{text}</span>
      <span className="a">{alt}</span>
    </>
  );
}

/** Offset of each group in the token's text. */
function groupStarts(groups: { text: string }[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const g of groups) {
    starts.push(at);
    at += g.text.length;
  }
  return starts;
}

/**
 * One ruby per Han character with its syllable (an er-hua pair 点儿 and a number 2024 share one);
 * other characters as plain text. When the reading does not line up, one ruby over the token.
 */
function Ruby({ text, pinyin, sandhi, alt }: { text: string; pinyin: string; sandhi: string | null; alt: string | null }) {
  const groups = rubyGroups(text, pinyin);
  const sdGroups = sandhi ? rubyGroups(text, sandhi) : groups;
  if (!groups || !sdGroups || sdGroups.length !== groups.length) {
    return (
      <ruby>
        {text}
        <rt>{pinyin}</rt>
      </ruby>
    );
  }
  const starts = groupStarts(groups);
  return groups.map((g, i) => {
    const at = starts[i];
    if (!g.pinyin) return g.text;
    const c = g.pinyin;
    const s = sdGroups[i].pinyin ?? c;
    // A number reads as several syllables: no single tone to colour.
    const ct = c.includes(" ") ? 0 : toneOf(c);
    const st = s.includes(" ") ? 0 : toneOf(s);
    return (
      <ruby key={i} className={st === ct ? `t${ct}` : `t${ct} s${st}`}>
        <Written text={g.text} alt={alt?.slice(at, at + g.text.length)} />
        {s === c ? (
          <rt>{c}</rt>
        ) : (
          <rt>
            <span className="ct">{c}</span>
            <span className="sd">{s}</span>
          </rt>
        )}
      </ruby>
    );
  });
}

/**
 * One token; `altScript` is the script the reader's switch shows (the other one than the lesson's):
 * each token's characters in that script ride along, and CSS shows one or the other.
 */
export function TokenView({ token, sandhi, first, status, altScript }: { token: LessonToken; sandhi: string | null; first: boolean; status?: WordStatus; altScript: "simplified" | "traditional" }) {
  if (!token.pinyin) return token.text;
  const ruby = <Ruby text={token.text} pinyin={token.pinyin} sandhi={sandhi} alt={tokenInScript(token, altScript)} />;
  if (!isClickable(token)) return ruby;
  return (
    <span
      data-tok=""
      data-kind={token.kind}
      data-py={token.pinyin}
      data-status={status}
      data-gloss={token.gloss ?? undefined}
      data-simp={token.simplified && token.simplified !== token.text ? token.simplified : undefined}
      role="button"
      tabIndex={first ? 0 : -1}
      aria-label={token.text}
      aria-haspopup="dialog"
    >
      {ruby}
    </span>
  );
}
