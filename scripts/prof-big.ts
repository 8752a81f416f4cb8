import fs from "node:fs";
import { buildLesson } from "@/lib/text/build-lesson";
import { getSegmenter, segmentSentence } from "@/lib/text/segment";
import { splitSentences } from "@/lib/text/split-sentences";
import { pinyin } from "pinyin-pro";
const seed = fs.readFileSync("prisma/seed-data/wang-yi-press-conference-2025-03-07.txt", "utf8");
let text = ""; let r = 0; while (text.length < 190000) { text += seed.replace(/\d+/g, (n) => String(Number(n) + r++)) + "\n\n"; }
buildLesson(seed);
const sentences = text.split("\n").flatMap((p) => splitSentences(p));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const time = (l: string, f: () => void) => { const t = cpu(); f(); console.log(l, (cpu() - t).toFixed(0)); };
for (let k = 0; k < 2; k++) {
time("raw", () => { getSegmenter().cut(text, false); pinyin(text, { type: "array" }); });
time("cut per sentence", () => { for (const s of sentences) getSegmenter().cut(s, false); });
time("segmentSentence", () => { for (const s of sentences) segmentSentence(s); });
time("buildLesson", () => buildLesson(text));
}
