import { cedictEntries } from "@/lib/dict/cedict";
import { BoundedMap } from "@/lib/text/bounded-map";

// What kind of word each reading of a polyphonic character is, read from CC-CEDICT's senses rather
// than from a hand table: a reading is a verb when one of its senses is glossed "to …" (种 zhòng
// "to plant", 缝 féng "to sew"), a classifier when one is glossed "classifier for …" (宿 xiǔ
// "classifier for nights", 担 dàn). Senses marked as bound, literary, archaic, dialectal or slang do
// not count: they are not what a free-standing character means in modern text (干 gān "(dialect) to
// cold-shoulder" leaves gān without a verb sense). Surname entries (capitalised) are not readings of
// the common word; neither are senses marked Taiwanese (歪 wǎi "to sprain (one's ankle) (Tw)"). Used by g2p/verb-frames.ts, only where exactly one reading is of the kind.

const MARKED = /^\((?:bound form|literary|archaic|old|dialect|slang|vulgar|Internet slang|Tw|obsolete|classical|coll\.)[^)]*\)/i;
/** Leading qualifiers that only say what the verb applies to: "(of a plant) to produce". */
const QUALIFIER = /^\((?:of|in|after|before|with|on|esp\.|usu\.)[^)]*\)\s*/i;

function isVerbSense(sense: string): boolean {
  if (MARKED.test(sense) || /\(Tw\)|\(archaic\)|\(dialect\)/.test(sense)) return false;
  return /^to [a-z]/.test(sense.replace(QUALIFIER, ""));
}

const FUNCTION_SENSE = /^\((?:negative|[a-z ]*particle|[a-z ]*marker|prefix|suffix|adverb|preposition|conjunction)\b/i;

const isClassifierSense = (sense: string) => /^classifier\b/i.test(sense);

interface Kinds {
  verb: string | null;
  classifier: string | null;
  /**
 * Of exactly two readings, the one without verb senses when the other is first of all a verb (冲
 * chòng beside chōng "to dash against"; not 闷 mèn beside mēn "stuffy", an adjective first).
 */
  notVerb: string | null;
  /**
   * Of readings that all have verb senses, the one whose main sense is a verb when the others'
   * main senses are not (背 bēi "to carry on the back" beside bèi "the back of a body"; 教 jiāo
   * "to teach" beside jiào "(bound form) to teach; a religion").
   */
  mainVerb: string | null;
  /** Of two readings or more, the only one without verb senses (长 cháng "long" beside zhǎng "to grow"). */
  noVerb: string | null;
  /** Whether some reading is a classifier (串 "classifier for things strung together"). */
  counter: boolean;
  /**
   * The readings a predicate may take, when some reading's senses are nouns only (差 chā
   * "difference; discrepancy"; chà "to fall short", chāi "to send" remain), else null. Readings
   * whose entries only point elsewhere (cī "used in 参差") are not among them.
   */
  predicate: string[] | null;
  /**
   * Of those, the one a degree word (最, 很) may modify: the only one whose first sense is not a
   * verb (差 chà "different", not chāi "to send"), else null.
   */
  graded: string | null;
}

/** A sense's own words, past leading and trailing qualifiers: "(math.) difference (amount …)" → "difference". */
const LEADING = /^\([^)]*\)\s*/;
const TRAILING = /\s*\([^)]*\)$/;
/** English nouns by their ending (difference, discrepancy, payment, kindness, station, unity). */
const NOUN_WORD = /^(?:(?:a|an|the) \S.*|\S*(?:ence|ance|ancy|ency|ment|ness|tion|sion|ity|ship|hood|ism))$/i;

/**
 * Whether a sense is plainly a noun: each of its ";"-parts is an English noun by its article or
 * its ending ("difference; discrepancy"). Most nouns are not recognised (no ending tells "the
 * back"): this errs towards "not a noun", so few readings count as nouns only.
 */
function isNounSense(sense: string): boolean {
  const bare = sense.replace(LEADING, "").replace(TRAILING, "");
  const parts = bare.split(/;\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => NOUN_WORD.test(p.trim()));
}

/** Entries that only point elsewhere (背 bēi "variant of 背[bei1]") say nothing of a reading's main sense. */
const POINTER = /^(?:(?:old |archaic |ancient |erroneous )?variant of|used in|see |surname|also pr\.|also written)/i;

const cache = new BoundedMap<string, Kinds>();

function kindsOf(ch: string): Kinds {
  let kinds = cache.get(ch);
  if (!kinds) {
    const verbs = new Map<string, boolean>();
    const classifiers = new Map<string, boolean>();
    /** Whether the reading's first-listed sense (CC-CEDICT lists the main sense first) is a verb. */
    const verbFirst = new Map<string, boolean>();
    /** Whether every entry of the reading is first of all a verb, past entries that only point to another (variant of, used in). */
    const mainFirst = new Map<string, boolean>();
    /** Per reading: whether every sense of weight (not marked, not a pointer) is a noun; absent when it has none. */
    const nounOnly = new Map<string, boolean>();
    for (const e of cedictEntries(ch)) {
      if (!e.pinyin || e.capitalised) continue;
      const reading = e.pinyin.toLowerCase();
      if (!verbFirst.has(reading)) verbFirst.set(reading, e.definitions.length > 0 && isVerbSense(e.definitions[0]));
      if (e.definitions.length > 0 && !e.definitions.every((d) => POINTER.test(d))) mainFirst.set(reading, (mainFirst.get(reading) ?? true) && isVerbSense(e.definitions[0]));
      verbs.set(reading, (verbs.get(reading) ?? false) || e.definitions.some(isVerbSense));
      for (const d of e.definitions) {
        if (MARKED.test(d) || POINTER.test(d) || /^Taiwan pr\./.test(d)) continue;
        nounOnly.set(reading, (nounOnly.get(reading) ?? true) && isNounSense(d));
      }
      classifiers.set(reading, (classifiers.get(reading) ?? false) || e.definitions.some(isClassifierSense));
    }
    const only = (m: Map<string, boolean>) => {
      if (m.size < 2) return null;
      const yes = [...m].filter(([, v]) => v);
      return yes.length === 1 ? yes[0][0] : null;
    };
    const readings = [...verbs.keys()];
    const verb = readings.find((r) => verbs.get(r));
    const notVerb = readings.length === 2 && verbs.get(readings[0]) !== verbs.get(readings[1]) && verbFirst.get(verb!) ? readings.find((r) => !verbs.get(r))! : null;
    const verbReadings = readings.filter((r) => verbs.get(r));
    const verbFirsts = verbReadings.filter((r) => mainFirst.get(r));
    const mainVerb = verbReadings.length >= 2 && verbFirsts.length === 1 ? verbFirsts[0] : null;
    // A character one of whose readings is a function word (没 méi "(negative prefix for verbs)",
    // 了 le "(modal particle …)") is read by its frames, never as its other reading's verb.
    const functional = cedictEntries(ch).some((e) => !e.capitalised && e.definitions.some((d) => FUNCTION_SENSE.test(d)));
    const noVerbs = readings.filter((r) => !verbs.get(r));
    const noVerb = readings.length >= 2 && noVerbs.length === 1 ? noVerbs[0] : null;
    const counter = [...classifiers.values()].some(Boolean);
    const nouns = [...nounOnly].filter(([, v]) => v).map(([r]) => r);
    const others = [...nounOnly].filter(([, v]) => !v).map(([r]) => r);
    const predicate = !functional && nouns.length > 0 && others.length > 0 ? others : null;
    const notVerbFirst = predicate?.filter((r) => !verbFirst.get(r)) ?? [];
    const graded = notVerbFirst.length === 1 ? notVerbFirst[0] : null;
    kinds = { verb: functional ? null : only(verbs), classifier: only(classifiers), notVerb: functional ? null : notVerb, mainVerb: functional ? null : mainVerb, noVerb: functional ? null : noVerb, counter, predicate, graded };
    cache.set(ch, kinds);
  }
  return kinds;
}

/** hasReadingKinds by char code for one-code-unit characters: 0 not known yet, 1 no, 2 yes (no Map probe per token). */
const hasKindsByCode = new Uint8Array(65536);

/** Whether any of the three below answers for the character (most characters: none does). */
export function hasReadingKinds(ch: string): boolean {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code >= 0 && hasKindsByCode[code]) return hasKindsByCode[code] === 2;
  const kinds = kindsOf(ch);
  const has = kinds.verb !== null || kinds.classifier !== null || kinds.notVerb !== null || kinds.mainVerb !== null || kinds.noVerb !== null || kinds.predicate !== null;
  if (code >= 0) hasKindsByCode[code] = has ? 2 : 1;
  return has;
}

/** The one reading of a polyphone with verb senses, when its other readings have none (缝 féng). */
export const onlyVerbReading = (ch: string): string | null => kindsOf(ch).verb;

/** Of a polyphone's two readings, the one that is not a verb where the other is (冲 chòng "strong" / chōng "to rush"). */
export const notVerbReading = (ch: string): string | null => kindsOf(ch).notVerb;

/** Of a polyphone's verb readings, the one that is first of all a verb (背 bēi, 教 jiāo). */
export const mainVerbReading = (ch: string): string | null => kindsOf(ch).mainVerb;

/** Of a polyphone's readings, the only one that is not a verb (长 cháng): an adjective's place wants it. */
export const noVerbReading = (ch: string): string | null => kindsOf(ch).noVerb;

/** Whether CC-CEDICT knows the character as a classifier in some reading (串, 排, 段). */
export const isClassifierChar = (ch: string): boolean => kindsOf(ch).counter;

/** The one reading of a polyphone that is a classifier, when no other is (宿 xiǔ, 担 dàn). */
export const onlyClassifierReading = (ch: string): string | null => kindsOf(ch).classifier;

/** The readings a predicate may take when some of the character's readings are nouns only (差: chà, chāi; not chā), else null. */
export const predicateReadings = (ch: string): string[] | null => kindsOf(ch).predicate;

/** Of predicateReadings, the only one whose first sense is not a verb (差 chà): what a degree word modifies. */
export const gradedReading = (ch: string): string | null => kindsOf(ch).graded;
