import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn-ts estimates how many guesses a password takes, knowing ~40,000 common passwords,
// keyboard walks, repeats, sequences, dates and l33t substitutions. Score 3 ("safely unguessable:
// moderate protection from an offline slow-hash attack", ≥ 10^8 guesses) is the floor: with
// argon2id at ~50 ms a guess, that is years of one machine's time.
export const MIN_SCORE = 3;

let factory: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory;
}

const PATTERN_ADVICE: Record<string, string> = {
  repeat: "it repeats the same characters",
  sequence: "it is a sequence like abcd or 1234",
  spatial: "it is a walk along the keyboard",
  date: "it is or contains a date",
  dictionary: "it is a common password or word",
  bruteforce: "it is too short for its variety",
};

/** null when the password is strong enough, else a sentence saying why it is not. */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  const inputs = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const main = [...result.sequence].sort((a, b) => b.token.length - a.token.length)[0];
  const why = main ? (PATTERN_ADVICE[main.pattern] ?? "it is easy to guess") : "it is easy to guess";
  const personal = main?.pattern === "dictionary" && "dictionaryName" in main && main.dictionaryName === "userInputs";
  return `This password is too easy to guess: ${personal ? "it contains your name or e-mail" : why}. Try a few unrelated words together.`;
}
