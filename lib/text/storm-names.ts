import { makeSegment } from "./word-memo";
import type { Segment } from "./segment";

// A storm's name in quotes after the word for the storm (台风“杜苏芮”, 颱風「凱米」, 飓风“米尔顿”):
// the names are transliterations or common words chosen by a committee, which jieba cuts apart and
// CC-CEDICT glosses by their characters (凯 "triumphal music" + 米 "rice"). Joined into one name token,
// glossed as what it is; the official English name is not in our dictionaries, so none is invented.
// Counter-cases: tests/unit/text/storm-names.test.ts.

/** Words for a storm a name follows (台风, 强台风, 第5号台风, 飓风, 热带风暴, 热带气旋). */
const STORM = /(?:台风|飓风|风暴|气旋)$/u;
const OPENING = new Set(["“", "「", "『", '"']);
/** Characters without one of which in a sentence mergeStormNames changes nothing there (segment.ts skips it). */
export const STORM_TRIGGERS: readonly string[] = [...OPENING];
const CLOSING = new Set(["”", "」", "』", '"']);
const HAN = /^\p{Script=Han}+$/u;

export function mergeStormNames(segs: Segment[]): Segment[] {
  let out: Segment[] | null = null;
  for (let i = 1; i + 2 < (out ?? segs).length; i++) {
    const cur = out ?? segs;
    // (By length first: nearly every token is no one-character quote mark.)
    if (cur[i].text.length !== 1 || !OPENING.has(cur[i].text) || !STORM.test(cur[i - 1].text)) continue;
    let j = i + 1;
    while (j < cur.length && j <= i + 4 && !CLOSING.has(cur[j].text)) j++;
    if (j >= cur.length || !CLOSING.has(cur[j].text) || j === i + 1) continue;
    const name = cur.slice(i + 1, j).map((s) => s.text).join("");
    if (!HAN.test(name) || name.length < 2 || name.length > 4) continue;
    out ??= segs.slice();
    out.splice(i + 1, j - i - 1, makeSegment(name, "nz", { name: true, gloss: "(the name of a tropical storm)" }));
  }
  return out ?? segs;
}
