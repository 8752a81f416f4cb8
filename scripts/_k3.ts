import fs from "node:fs";
import { buildLesson } from "@/lib/text/build-lesson";
const d = buildLesson(fs.readFileSync(process.argv[2], "utf8"));
console.log("title:", d.title, "dropped:", d.dropped.map((x) => x.reason ?? x).join(",").slice(0, 100));
for (const s of d.sentences) console.log(s.speaker ?? "-", s.tokens.map((t) => (t.pinyin ? `${t.text}[${t.kind === "name" ? "N:" : ""}${t.pinyin}|${(t.gloss ?? "∅").slice(0, 14)}]` : t.text)).join(" "));
