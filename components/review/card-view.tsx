"use client";
import { PinyinText } from "./pinyin-text";
import { speak, useChineseVoice } from "./speak";
import type { CardFace, QueueCard } from "./types";

// Type sized by length, so a 60-character sentence fits above the answer bar on a 390×844 phone
// and a single word still fills the card. rem-based: the learner's own font size scales it all.
function hanziSize(text: string): string {
  const n = Array.from(text).length;
  if (n <= 4) return "text-5xl leading-tight sm:text-7xl";
  if (n <= 12) return "text-4xl leading-snug sm:text-5xl";
  if (n <= 30) return "text-2xl leading-relaxed sm:text-4xl";
  return "text-xl leading-relaxed sm:text-3xl";
}

const TYPE_LABEL: Record<QueueCard["type"], string> = {
  recognition: "What does it mean?",
  recall: "How do you say it in Chinese?",
  listening: "What did you hear?",
  cloze: "Fill the blank",
  completion: "Complete the phrase",
};

/** The sentence with every occurrence of `word` highlighted (plain text, never HTML). */
function Highlighted({ sentence, word }: { sentence: string; word: string }) {
  if (!word || !sentence.includes(word)) return <>{sentence}</>;
  const parts = sentence.split(word);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 ? <mark className="rounded bg-amber-200 px-0.5 text-stone-900">{word}</mark> : null}
        </span>
      ))}
    </>
  );
}

function Prompt({ face }: { face: CardFace }) {
  const isHanzi = /\p{Script=Han}/u.test(face.prompt);
  return <p className={isHanzi ? `font-han ${hanziSize(face.prompt)}` : "text-2xl sm:text-3xl"}>{face.prompt}</p>;
}

function Answer({ card, showPinyin, toneColors }: { card: QueueCard; showPinyin: boolean; toneColors: boolean }) {
  const back = card.back;
  const word = back.hanzi ?? "";
  const showsSentence = !!back.cloze && back.cloze.before + back.cloze.answer + back.cloze.after !== word;
  return (
    <div className="mt-6 border-t border-stone-200 pt-6" data-testid="answer">
      {showsSentence && back.cloze ? (
        <p className={`font-han mb-4 ${hanziSize(back.cloze.before + back.cloze.answer + back.cloze.after)}`}>
          {back.cloze.before}
          <mark className="rounded bg-amber-200 px-0.5 text-stone-900">{back.cloze.answer}</mark>
          {back.cloze.after}
        </p>
      ) : null}
      {/* A recognition card already shows the word big on its front. */}
      {card.front.prompt !== word ? <p className={`font-han ${hanziSize(word)}`}>{word}</p> : null}
      {showPinyin && back.pinyin ? (
        <p className="mt-2 text-2xl" data-testid="pinyin">
          <PinyinText pinyin={back.pinyin} colored={toneColors} />
        </p>
      ) : null}
      {back.meaning ? <p className="mt-2 text-lg text-stone-700">{back.meaning}</p> : null}
      {card.context.sentence && !showsSentence ? (
        <p className="font-han mt-4 text-xl leading-relaxed text-stone-800">
          <Highlighted sentence={card.context.sentence} word={word} />
        </p>
      ) : null}
      {card.context.lessonTitle ? <p className="mt-1 text-sm text-stone-500">from “{card.context.lessonTitle}”</p> : null}
    </div>
  );
}

export function CardView({ card, revealed, showPinyin, toneColors }: { card: QueueCard; revealed: boolean; showPinyin: boolean; toneColors: boolean }) {
  const hasVoice = useChineseVoice();
  // Without a Chinese voice a listening card cannot be heard: show its text, as a reading card, and say so.
  const silent = card.type === "listening" && !hasVoice && !!card.front.audioText;
  const front: CardFace = silent ? { ...card.front, prompt: card.front.audioText!, audioText: undefined } : card.front;
  const audio = !hasVoice ? undefined : revealed ? card.back.audioText : card.front.audioText;
  return (
    <div className="text-center">
      <p className="mb-4 text-sm uppercase tracking-wide text-stone-500">{silent ? TYPE_LABEL.recognition : TYPE_LABEL[card.type]}</p>
      {silent ? <p className="-mt-2 mb-3 text-xs text-stone-500">A listening card, shown as text: this device has no Chinese voice.</p> : null}
      <Prompt face={front} />
      {front.hint && !revealed ? <p className="mt-3 text-stone-600">{front.hint}</p> : null}
      {audio ? (
        <button
          type="button"
          onClick={(e) => {
            e.stopPropagation();
            speak(audio);
          }}
          className="mt-4 min-h-11 rounded-full border border-stone-300 px-4 text-sm text-stone-700 hover:bg-stone-100"
          aria-label="Play audio"
        >
          🔊 Listen
        </button>
      ) : null}
      {revealed ? <Answer card={card} showPinyin={showPinyin} toneColors={toneColors} /> : null}
    </div>
  );
}
