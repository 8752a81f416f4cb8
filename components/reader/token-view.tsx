import type { LessonToken } from "@/lib/text/build-lesson";
import type { WordStatus } from "@/lib/srs/word-status";
import { toneOf } from "./tone";

const HAN = /\p{Script=Han}/u;
const CLICKABLE = new Set(["word", "idiom", "phrase", "other"]);

/** Words, idioms and phrases open the popover; names, numbers and punctuation stay plain. */
export const isClickable = (t: LessonToken) => !!t.pinyin && CLICKABLE.has(t.kind);

/** Han characters with their syllables, one ruby each; other characters as plain text. */
function Ruby({ text, pinyin, sandhi }: { text: string; pinyin: string; sandhi: string | null }) {
  const cit = pinyin.split(" ");
  const sd = sandhi?.split(" ") ?? cit;
  const chars = [...text];
  if (chars.filter((c) => HAN.test(c)).length !== cit.length) {
    return (
      <ruby>
        {text}
        <rt>{pinyin}</rt>
      </ruby>
    );
  }
  let k = 0;
  return chars.map((ch, i) => {
    if (!HAN.test(ch)) return ch;
    const c = cit[k];
    const s = sd[k] ?? c;
    k++;
    const ct = toneOf(c);
    const st = toneOf(s);
    return (
      <ruby key={i} className={st === ct ? `t${ct}` : `t${ct} s${st}`}>
        {ch}
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
