import "server-only";
import { frequencyRank } from "@/lib/dict/hsk";
import { orderStudyItems } from "@/lib/srs/study-order";
import { countStatuses, type StatusCounts, type WordStatus } from "@/lib/srs/word-status";
import { getWordStatuses } from "./get-word-statuses";
import { getLearnerLevel, type LearnerLevel } from "./learner-level";
import { lessonVocabularyOf } from "@/lib/text/vocabulary";
import { lessonReadingsOf, lessonVocabularyAndReadings, type VocabularyItem } from "./lesson-vocabulary";
import { wordPages } from "@/lib/server/lessons/word-pages";

export interface StudyItem extends VocabularyItem {
  frequencyRank: number | null;
  /** The reader page (0-based) of the word's first occurrence. */
  page: number;
}

export interface LessonWordView {
  /**
   * Status of every distinct vocabulary word of the lesson, and under statusKey(text, pinyin) each
   * reading of it whose status differs (lib/srs/word-status.ts tokenStatus reads it).
   */
  statuses: Map<string, WordStatus>;
  counts: StatusCounts;
  level: LearnerLevel;
  /** Worth learning, best first (lib/srs/study-order.ts), at most `limit`. */
  study: StudyItem[];
  /** All candidates before the limit. */
  studyTotal: number;
}

/**
 * Everything the reader needs about the learner's words for one lesson: statuses of every word of
 * the whole lesson (so any page of it rendered finds its words), honest counts and the "Study this
 * lesson" list. The caller has checked the lesson is readable.
 */
export async function getLessonWordView(opts: {
  userId: string;
  lessonId: string;
  now: Date;
  limit?: number;
  /** Every sentence of the lesson when the caller already loaded them (never just one page of them): the lesson is one page. */
  allSentences?: Parameters<typeof lessonVocabularyOf>[0];
}): Promise<LessonWordView> {
  const [{ items: vocabulary, readings }, level] = await Promise.all([
    opts.allSentences
      ? { items: lessonVocabularyOf(opts.allSentences), readings: lessonReadingsOf(opts.allSentences) }
      : lessonVocabularyAndReadings({ lessonId: opts.lessonId }),
    getLearnerLevel({ userId: opts.userId }),
  ]);
  const statuses = await getWordStatuses({ userId: opts.userId, texts: vocabulary.map((v) => v.text), readings, now: opts.now });
  const candidates = vocabulary.map((v) => ({ ...v, frequencyRank: frequencyRank(v.text) }));
  const ordered = orderStudyItems(candidates, statuses, level.level);
  const shown = ordered.slice(0, opts.limit ?? 30);
  // A long lesson is read a page at a time: each listed word says which page shows it.
  const pages = opts.allSentences ? null : await wordPages({ lessonId: opts.lessonId, words: shown });
  return {
    statuses,
    counts: countStatuses(vocabulary.map((v) => statuses.get(v.text) ?? "new")),
    level,
    study: shown.map((item) => ({ ...item, page: pages?.get(item.text) ?? 0 })),
    studyTotal: ordered.length,
  };
}
