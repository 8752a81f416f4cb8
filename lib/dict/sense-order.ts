// CC-CEDICT lists senses roughly by age and etymology, not by how often a learner of news Chinese
// meets them: 把 "to hold a baby in position to urinate" comes second, 渲染 "rendering (computing)"
// first. Senses marked as specialised, regional, dated or as pointers move behind the others; the
// rest keep CEDICT's order.
const OBSCURE = [
  /\bbab(?:y|ies)\b/i,
  /\((?:computing|mythology|Buddhism|Taoism|zoology|botany|chemistry|medicine|anatomy|math\.|physics|geology|Chinese chess|mahjong|music|Cantonese|dialect|slang|archaic|old|literary|Tw|Internet slang|onom\.)\)/i,
  /^(?:\(.*?\)\s*)?(?:old |archaic |Japanese )?variant of /i,
  /^surname /i,
  /^used in /i,
  // A pointer to another word (see 西安市), not a sense that opens with the verb (明天见 "see you tomorrow").
  /^see (?:also )?\p{Script=Han}/u,
  /^CL:/,
  /^\((?:archaic|old|literary|dialect|Tw)\)/i,
  // A sense that is only a Taiwan pronunciation note; "(joining two nouns) and; … (Taiwan pr.
  // [han4])" is 和's main sense with a note attached, not an obscure one.
  /^Taiwan pr\./i,
  // A character's etymology ("(original meaning)"), not its use (革命 "to withdraw the mandate of heaven").
  /\(original meaning\)/i,
  // A sense whose names include an old-style thing (店 "inn; old-style hotel" before "shop; store"):
  // a museum piece, not today's word. (钱庄 "old-style money shop" is itself a thing of history: its
  // main sense stays first.)
  /; old-style\b/i,
  // The stars' sense of a word news uses of people and machines (运行 "(of celestial bodies etc) to
  // move along one's course" before "to function; to be in operation"; 巨星 "giant star" before
  // "superstar"). Six entries open so.
  /^\((?:astronomy|of celestial bodies[^)]*)\)/,
  // A sense of former times (小将 "(in classical literature) young military officer…", "(during the
  // Cultural Revolution) young militant…", then "(in modern usage) rising star"; 中场 "(historical)
  // middle period of a provincial exam" before "half-time"). Seven entries open so.
  /^\((?:in classical literature|during the Cultural Revolution|in former times|historical)/,
  // A regional dialect's sense (二 "(Beijing dialect) stupid", 搞 "(Cantonese dialect)…").
  /\((?:[A-Z][a-z]+ )+dialect\)/,
];

/**
 * A literary sense that names its grammar as a conjunction (则 "(literary) (conjunction used to
 * express contrast…) but; then") is a function word news prose uses every day, not an old one.
 */
const LITERARY_CONJUNCTION = /^\(literary\) \(conjunction\b/;

export function isObscureSense(sense: string): boolean {
  if (LITERARY_CONJUNCTION.test(sense)) return false;
  return OBSCURE.some((re) => re.test(sense));
}

/** Common senses first (in CEDICT's order), then obscure ones. */
export function orderSenses(senses: string[]): string[] {
  const common = senses.filter((s) => !isObscureSense(s));
  return common.length === senses.length ? senses : [...common, ...senses.filter(isObscureSense)];
}
