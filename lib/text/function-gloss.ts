import { cedictEntries, entryForReading, preferredEntry, readableSense } from "@/lib/dict/cedict";
import type { GlossContext } from "./context-gloss";
import { hanNumberValue } from "./number-gloss";
import { dictTag } from "./segment";
import { HAVING } from "./role-words";
import { BoundedMap } from "@/lib/text/bounded-map";

// Glosses of function words by their place in the clause (sixth session, QA findings). Each picks
// CC-CEDICT's own senses for the word; with no decisive context the default gloss stays.
//   不过 at a clause start, before a pause or a subject  → "but; however" (not "only; merely");
//   便 before a verb or adverb                          → "then; in that case" (not "plain; informal");
//   会 before a verb or adverb                          → its modal senses only ("can; to be likely
//                                                        to"), "likely" first after an adverb or a
//                                                        time word (明天会下雨, 还会卡顿);
//   a character after a demonstrative (这, 那, 每, 上…), before a noun, with a "classifier for"
//                                                      → that sense (这款手机, 上节课);
//   a character after a number, with a unit sense      → that sense (二十三度 "degree").

/** A token as contextGloss sees it (its text, kind and reading). */
export type PlaceToken = GlossContext;

const PUNCT = /^[\p{P}\p{S}\s]+$/u;
const HAN = /\p{Script=Han}/u;
/** A token with Han characters, not punctuation; a Han first character answers without a regex (most tokens). */
const isWord = (t: PlaceToken | undefined): t is PlaceToken => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return true;
  return HAN.test(t.text) && !PUNCT.test(t.text);
};
const tagOf = (t: PlaceToken | undefined) => (t ? (dictTag(t.text) ?? "") : "");
/** A verb or an adverb (jieba's tags v, vd, vn, vg, d). */
const VERB_OR_ADVERB = new Set(["v", "vd", "vg", "vn", "d"]);
/** jieba's verb tags other than the verbal noun (vn: 答复 is an object after 给). */
const VERB_TAGS = new Set(["v", "vd", "vg", "vi"]);
const verbOrAdverb = (t: PlaceToken | undefined) => isWord(t) && VERB_OR_ADVERB.has(tagOf(t));
/** A phrase of 3+ characters whose first two are a verb or adverb (加强团结, 共同努力), not itself a noun. */
const opensWithVerbOrAdverb = (t: PlaceToken | undefined) =>
  isWord(t) && t.text.length >= 3 && !tagOf(t).startsWith("n") && VERB_OR_ADVERB.has(dictTag(t.text.slice(0, 2)) ?? "");
/** A count: digits or Chinese numerals first (六百三十万, 30%, 三个). */
const CURRENCIES = new Set(["人民币", "新台币", "港币", "港元", "美元", "欧元", "日元", "英镑", "澳元", "卢布", "韩元"]);
const COUNT_START = /^[0-9０-９〇零一二三四五六七八九十两百千几半]/u;
const verbSenseFirst = new BoundedMap<string, boolean>();
/** CC-CEDICT's first sense of the word is a verb ("to …"): 称帝, 等 (jieba tags 等 a particle). */
function cedictVerb(t: PlaceToken | undefined): boolean {
  if (!isWord(t)) return false;
  let answer = verbSenseFirst.get(t.text);
  if (answer === undefined) {
    const entry = preferredEntry(cedictEntries(t.text).filter((e) => !e.capitalised));
    answer = /^(?:\([^)]*\) )?to [a-z]/.test(entry?.definitions[0] ?? "");
    verbSenseFirst.set(t.text, answer);
  }
  return answer;
}
const PARTICLES = new Set(["了", "着", "过", "的", "地", "得", "吗", "呢", "吧", "啊"]);
/**
 * CC-CEDICT knows the word only as a noun: no sense is a verb ("to …") or a modal (可以 "can").
 * A noun that is also a verb (投资 "investment; to invest") may be the verb after "will".
 */
function nounOnly(word: string): boolean {
  const entries = cedictEntries(word).filter((e) => !e.capitalised);
  return entries.length > 0 && entries.every((e) => e.definitions.every((d) => !/^(?:\([^)]*\) )?(?:to|can|may|must|should|will|would|could|might)\b/.test(d)));
}
/** A word whose first sense is an ability (无法 "unable to"): a predicate follows, not an object. */
const ABILITY_SENSE = /^(?:unable|able|incapable|powerless|cannot|can)\b/;
const SUBJECTS = new Set(["我", "你", "您", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "咱们", "大家", "这", "那", "这些", "那些"]);

/** English of one CC-CEDICT entry's senses, picked once per call site (CC-CEDICT does not change). */
const picked = new Map<number, string | null>();
function senses(word: string, site: number, pick: () => (definitions: string[]) => string[]): string | null {
  let answer = picked.get(site);
  if (answer === undefined) {
    const entry = preferredEntry(cedictEntries(word));
    const chosen = entry ? pick()(entry.definitions) : [];
    answer = chosen.length ? chosen.map(readableSense).join("; ") : null;
    picked.set(site, answer);
  }
  return answer;
}

/** The senses from the first that matches `first`, up to `count`. */
const from = (first: RegExp, count: number) => (definitions: string[]) => {
  const k = definitions.findIndex((d) => first.test(d));
  return k < 0 ? [] : definitions.slice(k, k + count);
};

/** The words placeGloss reads (contextGloss routes them here with one set probe). */
/** Verbs between 约 and its number (约有, 约占, 约为, 约达). */
const AMOUNT_VERBS = new Set(["有", "为", "占", "达"]);
const isAmount = (t: { text: string; kind: string } | undefined) => t !== undefined && (t.kind === "number" || COUNT_START.test(t.text));

/** Adverbs that grade or negate a predicate 行 "OK" (还行, 也行, 不行). */
const GRADING = new Set(["还", "也", "不", "都", "挺", "真", "很", "就", "才", "可"]);

export const PLACE_WORDS: ReadonlySet<string> = new Set(["不过", "便", "会", "后", "别", "点", "给", "一边", "应", "称", "行", "将", "约", "为", "占", "左右", "可", "刚", "不想", "一", "过", "好", "快", "别管"]);
/** Question words after which 别管 is "no matter" (别管是谁, 别管怎么样). */
const NO_MATTER = /^(?:是|谁|什么|怎么|怎样|多|哪|如何|有没有|是不是)/u;
/** What makes 过 after a verb a direction, not the aspect (走过来, 跳过去). */
const DIRECTIONS = new Set(["来", "去", "来了", "去了"]);
/** What the clause of 一 + a verb goes on with (一听就懂, 一开售便): "as soon as … then". */
const THEN = new Set(["就", "便", "都", "也"]);
/** Who or what 一 + a verb follows: a noun, pronoun or name (秋风一吹, 他一听). */
const ONCE_SUBJECT = /^(?:n\w*|r)$/;
const MANNER_WORDS = new Set(["这么", "那么", "这样", "那样", "如此"]);
/** Complements between 一's verb and what follows (一做起来就, 一到了就). */
const AFTER_ONCE = new Set(["起来", "了", "到", "过"]);
/** Sentence particles an emphatic 可 + predicate closes with (可开心了, 可好吃啦). */
const EMPHASIS_CLOSERS = new Set(["了", "啦", "呢", "哪"]);

/** The gloss of tokens[i] by its place, or null. Only the words named above are looked at. */
export function placeGloss(tokens: PlaceToken[], i: number): string | null {
  const token = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  switch (token.text) {
    case "不过": {
      // 不过三天 "no more than": a quantity after it; 不过，… / 不过他… is the conjunction.
      const clauseStart = i === 0 || PUNCT.test(prev!.text);
      // (Or an adverb opening what follows: 行吧，不过最晚下周三 "but at the latest".)
      if (!clauseStart || !next || !(PUNCT.test(next.text) || SUBJECTS.has(next.text) || next.kind === "name" || (isWord(next) && (/^(?:d|ad)$/.test(tagOf(next)) || /^(?:d|ad)$/.test(dictTag(next.text.slice(0, 2)) ?? ""))))) return null;
      return senses("不过", 1, () => from(/^but$/, 2));
    }
    case "便":
      if (!verbOrAdverb(next)) return null;
      return senses("便", 2, () => (d) => {
        const k = d.findIndex((s) => /^equivalent to .*: then$/.test(s));
        return k < 0 ? [] : ["then", ...d.slice(k + 1, k + 2)];
      });
    case "会": {
      if (!verbOrAdverb(next)) return null;
      const can = senses("会", 3, () => (d) => d.slice(0, 1).map((s) => s.split("; ")[0]));
      const likely = senses("会", 4, () => from(/^to be likely to/, 1));
      if (!can || !likely) return null;
      // After an adverb (还会, 一定会, 将会) or a time word (明天会) it is mostly a prediction.
      const predicted = isWord(prev) && /^(?:d|t|tg)$/.test(tagOf(prev));
      return predicted ? `${likely}; ${can}` : `${can}; ${likely}`;
    }
    case "后":
      // After a verb, a time or a number (审理后, 到期后, 三年后) it is "after"; after a noun it is
      // the place "behind" (门后) and the default gloss stays.
      if (!isWord(prev) || !(prev.kind === "number" || /^(?:v[dgn]?|d|t|m|mq|q)$/.test(tagOf(prev)) || cedictVerb(prev))) return null;
      return senses("后", 5, () => (d) => ["after", "later", "afterwards"].filter((s) => d.includes(s)));
    case "别":
      // 别 before a verb or adverb is "don't" (别等, 别干了); 别的, 别人 keep the default.
      if (!isWord(next) || PARTICLES.has(next.text)) return null; // 别了 "farewell"
      if (!verbOrAdverb(next) && !cedictVerb(next) && !/^a/.test(tagOf(next))) return null;
      return senses("别", 6, () => from(/^don't/, 1));
    case "点":
      // After a verb, before its object (带点啥, 吃点东西, 买点菜): "a little"; after a number it is a
      // measure or the time, and the default stays.
      if (!isWord(prev) || !isWord(next) || PARTICLES.has(next.text) || !/^v[dgi]?$/.test(tagOf(prev))) return null;
      return senses("点", 7, () => from(/^a (?:small amount|little|bit)/, 1));
    case "给": {
      // 给 + an object and no verb after it in the clause (给四颗星, 才给答复, 给了他) is the verb "to
      // give"; 给他打电话 is the preposition (the default). After a verb it is that verb's complement.
      if (!isWord(next) || (isWord(prev) && /^v/.test(tagOf(prev)))) return null;
      for (let k = i + 1; k < tokens.length && !PUNCT.test(tokens[k].text); k++) {
        if (k > i + 1 && (VERB_TAGS.has(tagOf(tokens[k])) || cedictVerb(tokens[k])) && !PARTICLES.has(tokens[k].text)) return null;
      }
      return senses("给", 8, () => from(/^to give$/, 1));
    }
    case "一边":
      // 一边 + a verb (一边吸氧一边往上爬): "doing while"; 站在一边 keeps "one side". The second of a pair
      // is that too, whatever jieba made of its verb (一边听音乐一边做作业: 做作业 is one token).
      if (!verbOrAdverb(next) && !cedictVerb(next) && !(isWord(next) && tokens.slice(0, i).some((t) => t.text === "一边"))) return null;
      return senses("一边", 9, () => from(/^doing while$/, 1));
    case "约":
      // 约 before a number (约六百三十万人, 约30%) is "approximately", not "to make an appointment".
      // Also before a currency and then a number (约新台币3兆元, 约人民币500万元), or 有/为/占/达 and
      // a number (约有三分之一的人, 约占30%).
      if (!next || !(next.kind === "number" || COUNT_START.test(next.text) || ((CURRENCIES.has(next.text) || AMOUNT_VERBS.has(next.text)) && isAmount(tokens[i + 2])))) return null;
      return senses("约", 14, () => from(/^approximately$/, 1));
    case "为":
      // 为 wéi before a figure (增长率为5%, 总额为3.2万亿元) states it: "to be", not "as (in the capacity of)".
      if (tokens[i].pinyin !== "wéi" || !isAmount(next)) return null;
      return senses("为", 15, () => from(/^to be$/, 1));
    case "占":
      // 占 before a share (约占30%, 占三分之二) is "to account for", which CC-CEDICT does not list.
      return isAmount(next) && senses("占", 16, () => from(/^to occupy$/, 1)) ? "to account for; to make up (a share)" : null;
    case "左右":
      // After a figure (两千人左右, 十点左右): "about", not "left and right".
      return isAmount(tokens[i - 1]) ? senses("左右", 17, () => from(/^approximately$/, 1)) && "about; approximately (after a figure)" : null;
    case "应":
      // 应 + a verb or adverb is the modal (都应尽早接种): its first sense "to agree (to do sth)" goes;
      // so is 应 + a phrase jieba keeps whole that opens with one (应加强团结).
      // Also an adverbial jieba tags a or c before a verb (应及时接种).
      if (!verbOrAdverb(next) && !opensWithVerbOrAdverb(next) && !(/^[ac]$/.test(tagOf(next)) && verbOrAdverb(tokens[i + 2]))) return null;
      return senses("应", 10, () => from(/^should$/, 3));
    case "称":
      // 称他为"最美骑手": 称 + its object + 为 names someone ("to call; to name").
      if (next && !PUNCT.test(next.text)) {
        for (let k = i + 2; k < tokens.length && k <= i + 5 && !PUNCT.test(tokens[k].text); k++) if (tokens[k].text === "为") return "to call; to name (称…为…)";
      }
      // 称 before a pause (年报称，; 有报道称：) reports what a source says.
      if (!next || !/^[，：,:]$/.test(next.text)) return null;
      return senses("称", 11, () => from(/^to state$/, 1));
    case "可":
      // 可 + a predicate + 了/啦 closing the clause (玩得可开心了, 这家的菜可好吃啦): the emphatic "really;
      // so", not "can" (可以, 可能 are words; 可能会 and 不可 keep theirs).
      if (!isWord(next) || !/^(?:a|v|b|z)/.test(tagOf(next)) || !EMPHASIS_CLOSERS.has(tokens[i + 2]?.text ?? "")) return null;
      return senses("可", 18, () => from(/^\(particle used for emphasis\)/, 1));
    case "快": {
      // 快 + a verb or adjective + 了 in its clause (天快黑了, 快到了): "soon; almost", not "rapid".
      if (!isWord(next) || !/^(?:v|a|d)/.test(tagOf(next))) return null;
      for (let k = i + 2; k < tokens.length && k <= i + 4 && !PUNCT.test(tokens[k].text); k++) {
        if (tokens[k].text === "了" || tokens[k].text === "啦") return senses("快", 20, () => (d) => ["soon", "almost"].filter((x) => d.includes(x)));
      }
      return null;
    }
    case "别管":
      // 别管 before a question word is "no matter" (别管是谁); before 了, the clause's end or what to
      // leave alone (你就别管了, 别管他) it is 别 + 管, "don't bother about".
      return next && NO_MATTER.test(next.text) ? null : "don't bother about; leave (it) alone (别 + 管)";
    case "好":
      // 好 before 几 (借了好几次, 好几百块): "quite (a few); a good many", not "good".
      return next?.text.startsWith("几") ? "(before 几) quite (a few); a good many" : null;
    case "过":
      // Before a one-character adjective (运动量不宜过大, 血压过高, 速度过快): "too; excessively",
      // whatever comes before (不宜 is a verb to jieba).
      if (next && next.text.length === 1 && (tagOf(next) === "a" || next.text === "多" || next.text === "少") && (tokens[i + 2] === undefined || PUNCT.test(tokens[i + 2].text) || /^(?:的|了|而|或)$/.test(tokens[i + 2].text))) return "too; excessively";
      // After a verb (吃过北京烤鸭吗, 我去过), the aspect: done at some time before; CC-CEDICT's first
      // "to cross" is the verb alone (过马路) or a direction (走过来).
      if (!isWord(prev) || !VERB_TAGS.has(tagOf(prev)) || DIRECTIONS.has(next?.text ?? "")) return null;
      return "(after a verb) have done before (experienced action marker)";
    case "刚":
      // 刚 before a verb or adverb (刚下班, 刚到, 刚刚才) is "just; just now", not "hard; firm".
      if (!verbOrAdverb(next) && !cedictVerb(next)) return null;
      return senses("刚", 19, () => (d) => ["just", "barely", "exactly"].filter((s) => d.includes(s)));
    case "不想":
      // 不想 + a verb or adverb (今晚不想做饭, …，不想再搬家了) is "not to want to"; CC-CEDICT has only the
      // literary "unexpectedly", before a clause with its subject (不想他竟然来了), which stays there.
      if (!verbOrAdverb(next) && !cedictVerb(next)) return null;
      return "not to want to (do sth); not to feel like";
    case "一": {
      // A subject, 一, a verb and then 就 or a comma (秋风一吹，…; 门票一开售就被抢光; 他一听就懂): "as
      // soon as; once". Not after a preposition, a manner word or a count (从一开始就, 这么一跳, 卷一记载：).
      // Opening a clause (…，一看就是好几个小时) only with 就 after its verb.
      const opening = !prev || PUNCT.test(prev.text);
      if ((!opening && (!isWord(prev) || !ONCE_SUBJECT.test(tagOf(prev)) || MANNER_WORDS.has(prev.text))) || !isWord(next) || !VERB_TAGS.has(tagOf(next))) return null;
      // Where 把 or a direction sets up the action (把书包往沙发上一扔，…; 向后一拽), 一 + verb is one
      // quick movement, not "as soon as".
      for (let j = i - 1; j >= 0 && !PUNCT.test(tokens[j].text); j--) if (tokens[j].text === "把" || tokens[j].text === "将" || tokens[j].text === "往" || tokens[j].text === "向") return null;
      let k = i + 2;
      while (AFTER_ONCE.has(tokens[k]?.text ?? "")) k++;
      const after = tokens[k]?.text;
      // (就 may come glued to what follows: 一看就是好几个小时.)
      const then = after !== undefined && (THEN.has(after) || THEN.has(after[0]));
      return then || (!opening && (after === "，" || after === ",")) ? "(一…就) as soon as; once" : null;
    }
    case "行":
      // 行 as a whole reply (行啊，没问题; 行！; 行了行了) is "all right; OK!"; so is 行 closing its clause
      // after an adverb that grades or negates it (味道还行吧, 这样也行, 不行, 挺行的).
      if (!(!next || PUNCT.test(next.text) || PARTICLES.has(next.text))) return null;
      // The reply said twice (行了行了): the second after the first's particle.
      const repeated = i >= 2 && tokens[i - 2].text === "行" && PARTICLES.has(prev!.text);
      if (!(i === 0 || PUNCT.test(prev!.text) || GRADING.has(prev!.text) || repeated)) return null;
      return senses("行", 12, () => from(/^all right/, 1));
    case "将": {
      // 将 + a noun or pronoun + a verb later in the clause (将其列入, 将大部分款项用于) is the object
      // marker, like 把; 将 + a verb, adverb or preposition (将继续, 将于) stays "will".
      // jieba tags some nouns v (简历) and some predicates a or l (充满电, 发送至): CC-CEDICT's first
      // sense decides those (a noun's is no "to …"; a verb's is, or the phrase opens with a verb).
      // Nor before a word of ability jieba tags n (将无法, 将无力: "will be unable to").
      if (token.pinyin !== "jiāng" || !isWord(next) || SUBJECTS.has(next.text) || ABILITY_SENSE.test(cedictEntries(next.text)[0]?.definitions[0] ?? "")) return null;
      const nextTag = tagOf(next);
      const object = /^(?:n[a-z]?|r|m)$/.test(nextTag) || (/^vn?$/.test(nextTag) && next.text.length >= 2 && nounOnly(next.text));
      if (!object) return null;
      for (let k = i + 2; k < tokens.length && !PUNCT.test(tokens[k].text); k++) {
        const t = tokens[k];
        const tag = tagOf(t);
        if (VERB_TAGS.has(tag) || tag === "a" || ((tag === "l" || tag === "") && (cedictVerb(t) || opensWithVerbOrAdverb(t)))) {
          return senses("将", 13, () => from(/^\(introduces object/, 1));
        }
      }
      return null;
    }
    default:
      return characterGloss(tokens, i);
  }
}

/**
 * The place glosses of a one-character token (an adverb, a verb before its object, a measure word
 * after a demonstrative, a unit after a number) and of a number or X点 token; contextGloss asks it
 * for every such token, so its first tests are the cheapest.
 */
export function characterGloss(tokens: PlaceToken[], i: number): string | null {
  const token = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const text = token.text;
  if (text.length !== 1) {
    if (token.kind === "number") return clockGloss(token, prev, next);
    return text.length === 2 && text.charCodeAt(1) === DIAN && tagOf(token) === "d" ? aLittleMore(token, next) : null;
  }
  // Most characters can take none of these glosses whatever their place (的, 是, 了, 他): a flag per
  // character code says so before any look-up of the neighbours.
  if (!prev || !mayTakePlaceGloss(text)) return null;
  const tag = tagOf(token);
  if (tag === "d" && isWord(next)) return adverbFirst(token);
  if (tag.charCodeAt(0) === 118 /* v */) {
    const verb = verbBeforePerson(token, next) ?? verbClosingAfterModal(token, prev, next) ?? (next?.text === "点" && isWord(tokens[i + 2]) ? verbSensesOf(token) : null);
    if (verb) return verb;
  }
  if (DEMONSTRATIVES.has(prev.text)) return classifierAfterDemonstrative(tokens[i - 2], prev, token, next, tokens[i + 2]);
  // After 有 with its 一 left out (我有本书, 有个问题): a measure word before its noun. Not a verb
  // (没有听党的话 "did not listen to").
  if (HAVING.has(prev.text) && !VERB_TAGS.has(tag)) return classifierBeforeNoun(token, next);
  // After a count: a unit (二十三度 "degree"), or a measure word before its noun (三十多本书, 两百余万名志愿者).
  if ((prev.kind === "number" && !DATE_END.test(prev.text)) || (NUMERAL_CODES.has(prev.text.charCodeAt(0)) && COUNTED.test(prev.text))) return unitAfterNumber(token, next) ?? classifierBeforeNoun(token, next);
  return null;
}

/** Per character code: 0 not asked yet, 1 no place gloss possible, 2 possible. */
const placeGlossFlags = new Uint8Array(65536);

/**
 * Whether some entry of the character could give characterGloss an answer: a classifier or unit
 * sense, an adverb sense behind a first sense that is none (jieba tag d), a verb sense behind a
 * first sense that is none (tag v). A superset of what the rules answer, by the character alone.
 */
export function mayTakePlaceGloss(ch: string): boolean {
  const code = ch.charCodeAt(0);
  let flag = placeGlossFlags[code];
  if (flag === 0) {
    const tag = dictTag(ch) ?? "";
    const entries = cedictEntries(ch).filter((e) => !e.capitalised);
    const possible = entries.some((e) => {
      const [first = "", ...rest] = e.definitions;
      if (e.definitions.some((d) => CLASSIFIER_SENSE.test(d) || UNIT_LIKE.test(d))) return true;
      if (tag === "d" && !ENGLISH_ADVERB.test(first) && !FUNCTION_FIRST.test(first) && rest.some((d) => ENGLISH_ADVERB.test(d))) return true;
      // As verbSensesOf reads them: literary senses and pointers set aside.
      const plain = e.definitions.filter((d) => !/^(?:\(literary\)|used in|see )/.test(d));
      return tag.startsWith("v") && plain.length > 0 && !VERB_SENSE.test(plain[0]) && plain.some((d) => VERB_SENSE.test(d));
    });
    placeGlossFlags[code] = flag = possible ? 2 : 1;
  }
  return flag === 2;
}

const DIAN = "点".charCodeAt(0);
/** A date or time is no count (1914年任…: 任 the verb). */
const DATE_END = /[年月日号时]$/u;
/** Numerals, perhaps with 多/余 ("more than") after them. */
const COUNTED = /^[〇零一二三四五六七八九十百千万两]+[多余]?[万亿]?$/u;
const NUMERAL_CODES = new Set([..."〇零一二三四五六七八九十百千万两"].map((ch) => ch.charCodeAt(0)));

/** Times of day before a clock time (早上六点, 中午十一点). */
const TIME_OF_DAY = new Set(["早上", "上午", "中午", "下午", "晚上", "凌晨", "傍晚", "夜里", "早晨", "清晨", "半夜", "今早", "明早", "每天", "今天", "明天", "昨天"]);
/** After a clock time: 六点半, 六点钟, 十一点吧, 六点左右, 六点出发, 六点在门口见. */
const AFTER_CLOCK = new Set([
  "半", "钟", "整", "左右", "前", "后", "以前", "以后", "之前", "之后", "吧", "了", "多", "起床", "出发", "到", "开始", "结束",
  // A meeting time (六点在门口见, 八点集合).
  "在", "见", "见面", "集合", "上班", "下班", "回来", "准时",
]);

/** A number + 点 where a time of day is around it: "6 o'clock" (三点建议 stays "3 + (classifier…)"). */
function clockGloss(token: PlaceToken, prev: PlaceToken | undefined, next: PlaceToken | undefined): string | null {
  const m = /^([〇零一二三四五六七八九十两]+|[0-9]{1,2})点$/u.exec(token.text);
  if (!m) return null;
  if (!(prev && TIME_OF_DAY.has(prev.text)) && !(next && AFTER_CLOCK.has(next.text))) return null;
  const value = /^[0-9]+$/.test(m[1]) ? Number(m[1]) : hanNumberValue(m[1].replace("两", "二"));
  return value !== null && value >= 0 && value <= 24 ? `${value} o'clock` : null;
}

/** 早点, 快点, 慢点 (jieba d) before a verb: "a bit earlier" by parts, not CC-CEDICT's noun "breakfast". */
function aLittleMore(token: PlaceToken, next: PlaceToken | undefined): string | null {
  if (!/^a/.test(tagOf({ text: token.text[0], kind: "word" })) || (!verbOrAdverb(next) && !cedictVerb(next))) return null;
  const entry = preferredEntry(cedictEntries(token.text[0]).filter((e) => !e.capitalised));
  const first = entry?.definitions[0]?.split("; ")[0];
  return first ? `${readableSense(first)} + a little` : null;
}

const VERB_SENSE = /^(?:\([^)]*\) )?to [a-z]/;
/** A verb's senses "to …" of its entry for the reading, when CC-CEDICT lists another sense first. */
function verbSensesOf(token: PlaceToken): string | null {
  const entry = entryForReading(cedictEntries(token.text), token.pinyin ?? null);
  const definitions = entry?.definitions.filter((d) => !/^(?:\(literary\)|used in|see )/.test(d)) ?? [];
  // A first sense that is a verb already, or a function word (即 "namely", 无 "not to have"): as it is.
  if (!definitions.length || VERB_SENSE.test(definitions[0]) || FUNCTION_FIRST.test(definitions[0]) || ENGLISH_ADVERB.test(definitions[0]) || /^namely\b/.test(definitions[0])) return null;
  const verbs = definitions.filter((d) => VERB_SENSE.test(d));
  return verbs.length ? verbs.slice(0, 3).map(readableSense).join("; ") : null;
}

/** A verb before a name or personal pronoun, its object (并派郑和率领, 派他去): its verb senses first. */
function verbBeforePerson(token: PlaceToken, next: PlaceToken | undefined): string | null {
  // The pipeline's own names (郑和) and pronouns only: jieba's nr tags fall on name pieces (仆固|怀|恩).
  if (!next || !(OBJECT_PRONOUNS.has(next.text) || (next.kind === "name" && [...next.text].length >= 2))) return null;
  return tagOf(token) === "v" ? verbSensesOf(token) : null;
}
// Demonstratives and 什么 are objects too (干这个 "to do this", 干什么 stays a word of its own).
const OBJECT_PRONOUNS = new Set(["我", "你", "您", "他", "她", "我们", "你们", "他们", "她们", "咱们", "这个", "那个", "这些", "那些", "什么"]);

/** Modals and negations a verb closing its clause follows (啥也不用带, 你别走). */
const MODAL_BEFORE = new Set(["不", "没", "别", "不用", "不要", "不必", "要", "会", "能", "得", "该", "可以", "想", "必须", "应该"]);

function verbClosingAfterModal(token: PlaceToken, prev: PlaceToken, next: PlaceToken | undefined): string | null {
  if (!MODAL_BEFORE.has(prev.text) || (next && !PUNCT.test(next.text) && !PARTICLES.has(next.text))) return null;
  return verbSensesOf(token);
}
/** English adverbs a CC-CEDICT sense of a Chinese adverb starts with: 才 "then and only then", 刚 "just", 忽 "suddenly". */
const ENGLISH_ADVERB = /^(?:\([^)]*\) )?(?:just|only|then|barely|exactly|still|already|again|also|even|almost|nearly|soon|never|always|often|very|too|quite|once|together|all|both|first|[a-z]+ly)\b/;
/** A first sense that is a function word already (将 "will", 却 "but", 更 "more", 犹 "as if"): left as it is. */
const FUNCTION_FIRST = /^(?:\([^)]*\) )?(?:can|may|must|should|will|shall|would|could|more|less|most|but|yet|however|and|or|if|as|like|rather|not|no)\b/;
/** adverbFirst's answers by character, then reading. */
const adverbSenses = new BoundedMap<string, Map<string, string | null>>();

/**
 * A character jieba tags as an adverb (d), before a word, shows its adverb senses first: 才 "then and
 * only then; just now" (not "ability; talent"), 刚 "just; barely; exactly" (not "hard; firm").
 */
function adverbFirst(token: PlaceToken): string | null {
  let byReading = adverbSenses.get(token.text);
  if (!byReading) adverbSenses.set(token.text, (byReading = new Map()));
  const key = token.pinyin ?? "";
  let answer = byReading.get(key);
  if (answer === undefined) {
    answer = null;
    const entry = entryForReading(cedictEntries(token.text), token.pinyin ?? null);
    const definitions = entry?.definitions ?? [];
    // Only where the first sense is not an adverb already (不, 也, 就 stay as CC-CEDICT has them).
    if (definitions.length && !ENGLISH_ADVERB.test(definitions[0]) && !FUNCTION_FIRST.test(definitions[0])) {
      const adverbs = definitions.filter((d) => ENGLISH_ADVERB.test(d));
      if (adverbs.length) answer = adverbs.slice(0, 3).map(readableSense).join("; ");
    }
    byReading.set(key, answer);
  }
  return answer;
}

/** Words that stand before a measure word: 这款, 每台, 上节课 ("the previous"). */
const DEMONSTRATIVES = new Set(["这", "那", "哪", "每", "各", "某", "上", "下", "本", "同"]);
const CLASSIFIER_SENSE = /^classifier for /;

/** 上, 下 "previous, next" only after a verb or a pause (复习上节课): 长野县上水内郡 is a place. */
const POSITIONAL = new Set(["上", "下"]);

function classifierAfterDemonstrative(before: PlaceToken | undefined, demonstrative: PlaceToken, token: PlaceToken, next: PlaceToken | undefined, after?: PlaceToken): string | null {
  if (POSITIONAL.has(demonstrative.text) && isWord(before) && !/^v/.test(tagOf(before))) return null;
  return classifierBeforeNoun(token, next, after);
}

/**
 * A noun must follow (这款手机, 上节课, 三十多本书), or an adjective and a noun (这款新手机): 这是,
 * 上去 have none; a verb after it is the predicate.
 */
function classifierBeforeNoun(token: PlaceToken, next: PlaceToken | undefined, after?: PlaceToken): string | null {
  const noun = isWord(next) && (/^n/.test(tagOf(next)) || (/^[ab]$/.test(tagOf(next)) && isWord(after) && /^n/.test(tagOf(after))));
  if (!noun) return null;
  const entry = entryForReading(cedictEntries(token.text), token.pinyin ?? null);
  const sense = entry?.definitions.find((d) => CLASSIFIER_SENSE.test(d));
  return sense ? readableSense(sense) : null;
}

/** A sense that names a unit of measure: "degree (angles, temperature etc)", "meter (unit of length)". */
const UNIT_SENSE = /^[a-z-]+ \((?:angles|unit of)\b/;
/** Any sense of a unit, money or score: a character with two (分 minute, point, cent) is left as it is. */
const UNIT_LIKE = /\bunit\b|measurement|\(angles|\ba point\b|\byuan\b/;

/** A sense that is a metric unit's bare name (克 "…; gram; Tibetan unit of land area"): the unit after a number. */
const METRIC_SENSE = /^(?:(?:kilo|milli|centi)?(?:gram|meter|metre|liter|litre|watt)|ton|tonne|hectare)$/;

/** After a number, what makes a unit's character the verb it also is (从3升到5, 2升至3: "to rise"). */
const VERB_AFTER = /^(?:到|至|为|了|高|降|起)$/u;

function unitAfterNumber(token: PlaceToken, next?: PlaceToken): string | null {
  const entry = entryForReading(cedictEntries(token.text), token.pinyin ?? null);
  const metric = next && VERB_AFTER.test(next.text) ? undefined : entry?.definitions.find((d) => METRIC_SENSE.test(d));
  if (metric) return metric;
  if (!entry || entry.definitions.filter((d) => UNIT_LIKE.test(d)).length !== 1) return null;
  const sense = entry.definitions.find((d) => UNIT_SENSE.test(d));
  return sense ? readableSense(sense) : null;
}
