import type { LessonToken } from "@/lib/text/build-lesson";
import type { WordStatus } from "@/lib/srs/word-status";
import { rubyGroups } from "@/lib/text/ruby-groups";
import { toneOf } from "./tone";

const CLICKABLE = new Set(["word", "idiom", "phrase", "other"]);

/** Words, idioms and phrases open the popover; names, numbers and punctuation stay plain. */
export const isClickable = (t: LessonToken) => !!t.pinyin && CLICKABLE.has(t.kind);

/**
 * One ruby per Han character with its syllable (an er-hua pair 点儿 and a number 2024 share one);
 * other characters as plain text. When the reading does not line up, one ruby over the token.
 */
function Ruby({ text, pinyin, sandhi }: { text: string; pinyin: string; sandhi: string | null }) {
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
  return groups.map((g, i) => {
    if (!g.pinyin) return g.text;
    const c = g.pinyin;
    const s = sdGroups[i].pinyin ?? c;
    // A number reads as several syllables: no single tone to colour.
    const ct = c.includes(" ") ? 0 : toneOf(c);
    const st = s.includes(" ") ? 0 : toneOf(s);
    return (
      <ruby key={i} className={st === ct ? `t${ct}` : `t${ct} s${st}`}>
        {g.text}
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

export function TokenView({ token, sandhi, first, status }: { token: LessonToken; sandhi: string | null; first: boolean; status?: WordStatus }) {
  if (!token.pinyin) return token.text;
  const ruby = <Ruby text={token.text} pinyin={token.pinyin} sandhi={sandhi} />;
  if (!isClickable(token)) return ruby;
  return (
    <span
      data-tok=""
      data-kind={token.kind}
      data-py={token.pinyin}
      data-status={status}
      role="button"
      tabIndex={first ? 0 : -1}
      aria-label={token.text}
      aria-haspopup="dialog"
    >
      {ruby}
    </span>
  );
}
