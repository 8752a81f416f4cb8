import type { ReaderSentence } from "@/lib/server/lessons/get-lesson";
import { tokenStatus, type WordStatus } from "@/lib/srs/word-status";
import { readingBreaks } from "@/lib/text/reading-parts";
import { applyToneSandhi } from "@/lib/text/tone-sandhi";
import { isClickable, TokenView } from "./token-view";
import { SentenceEnglish } from "./sentence-english";
import { lessonScript } from "./lesson-script";

function paragraphs(sentences: ReaderSentence[]): ReaderSentence[][] {
  const out: ReaderSentence[][] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && last[0].paragraph === s.paragraph) last.push(s);
    else out.push([s]);
  }
  return out;
}

/** The learner's status per word text, and per reading where it differs (lib/srs/word-status.ts statusKey); absent = no status shown. */
export type StatusMap = Readonly<Record<string, WordStatus>>;
// A text that is a name here and a word elsewhere takes no status where it is a name.
const STATUS_KINDS: ReadonlySet<string> = new Set(["word", "idiom", "phrase"]);

type Script = "simplified" | "traditional";

function Sentence({ sentence, firstToken, statuses, altScript }: { sentence: ReaderSentence; firstToken: boolean; statuses?: StatusMap; altScript: Script }) {
  const sandhi = applyToneSandhi(sentence.tokens);
  // Roving tabindex: only the lesson's first word is in the tab order; arrow keys move from there.
  const tabStop = firstToken ? sentence.tokens.findIndex(isClickable) : -1;
  const tokens = (from: number, to: number) =>
    sentence.tokens.slice(from, to).map((t, k) => (
      <TokenView
        key={from + k}
        token={t}
        sandhi={sandhi[from + k]}
        first={from + k === tabStop}
        altScript={altScript}
        status={STATUS_KINDS.has(t.kind) && statuses ? tokenStatus(statuses, t.text, t.pinyin) : undefined}
      />
    ));
  const edges = [0, ...readingBreaks(sentence.tokens), sentence.tokens.length];
  const parts = edges.slice(1).map((to, k) => [edges[k], to] as const);
  return (
    <span id={`s${sentence.index}`} data-sentence={sentence.index} data-stext={sentence.text}>
      {parts.length === 1
        ? tokens(0, sentence.tokens.length)
        : parts.map(([from, to]) => (
            // A long sentence reads in lines; data-stext above keeps it whole for "Add sentence".
            <span key={from} className="block" data-reading-part="">
              {tokens(from, to)}
            </span>
          ))}
      {sentence.translation ? <SentenceEnglish index={sentence.index} text={sentence.translation} /> : null}
    </span>
  );
}

/** The whole lesson text, rendered on the server; the client shell only handles selection. */
export function LessonText({ sentences, statuses }: { sentences: ReaderSentence[]; statuses?: StatusMap }) {
  // The script switch shows the script the lesson is not (mostly) written in, for every token.
  const altScript: Script = lessonScript(sentences) === "traditional" ? "simplified" : "traditional";
  return paragraphs(sentences).map((para, p) => {
    const head = para[0];
    const question = head.role === "question";
    return (
      <section
        key={head.index}
        data-role={head.role ?? undefined}
        // Paragraphs off screen are not laid out until scrolled near (the first paint of a long page waits for less).
        className={`${question ? "my-4 rounded-r-md border-l-4 border-stone-400 bg-stone-100 px-3 py-1 text-stone-800" : "my-4"}${p > 2 ? " [content-visibility:auto] [contain-intrinsic-size:auto_12rem]" : ""}`}
      >
        {head.speaker ? (
          <p className="mb-0.5 text-xs font-semibold uppercase tracking-wide text-stone-600" style={{ lineHeight: 1.5 }}>
            <span className="font-han normal-case">{head.speaker}</span>
            <span className="ml-2 font-normal normal-case">{question ? "asks" : head.role === "answer" ? "answers" : ""}</span>
          </p>
        ) : null}
        <p className="font-han text-xl sm:text-[1.35rem]">
          {para.map((s, i) => (
            <Sentence key={s.index} sentence={s} firstToken={p === 0 && i === 0} statuses={statuses} altScript={altScript} />
          ))}
        </p>
      </section>
    );
  });
}
