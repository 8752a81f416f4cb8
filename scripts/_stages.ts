import fs from "node:fs";
import { buildLesson } from "@/lib/text/build-lesson";
import { MAX_LESSON_CHARS, assertLessonText } from "@/lib/text/decode-input";
import { g2pmModel } from "@/lib/text/g2p/g2pm-model";
const lines = fs.readFileSync("/work/shared/data/cpp/dev.sent", "utf8").split("\n").map((l) => l.replace(/\u2581/g, "").trim()).filter(Boolean);
let text = "";
for (const line of lines) { if (text.length + line.length + 1 > MAX_LESSON_CHARS) break; text += (text ? "\n" : "") + line; }
const fresh = assertLessonText(text);
g2pmModel().setCacheLimit(0); if (process.env.W) g2pmModel().setWindow(Number(process.env.W));
buildLesson(fresh);
const n = Number(process.env.N ?? 10);
const acc: Record<string, number[]> = {};
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < n; r++) {
  let last = cpu(); let cur = "start"; const t0 = last;
  const mark = (s: string) => { const now = cpu(); (acc[cur] ??= []).push(now - last); last = now; cur = s; };
  buildLesson(fresh, { onStage: (s, i) => { if (i === 0 && s !== cur) mark(s); } });
  mark("end"); (acc.total ??= []).push(cpu() - t0);
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(Object.entries(acc).map(([k, v]) => `${k} ${Math.round(med(v))}`).join(" | "), "sentences", fresh.split("\n").length);
