// One-off build step: `npx tsx scripts/dict/pack-rare-readings.ts DIR` where DIR holds Unicode's
// Unihan_Readings.txt and Unihan_Variants.txt (Debian package unicode-data, /usr/share/unicode,
// bunzip2'd). Writes lib/dict/data/rare-readings.txt: "character<TAB>tone-marked reading" for every
// Han character that neither pinyin-pro nor CC-CEDICT can read (mostly outside the BMP), from its
// Unihan kMandarin reading, else the reading of a variant (𠮷 → 吉 jí). The pipeline reads it only
// for such characters, so no Han character is ever left without a syllable.
import fs from "node:fs";
import path from "node:path";
import { pinyin } from "pinyin-pro";
import { cedictEntries } from "@/lib/dict/cedict";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: tsx scripts/dict/pack-rare-readings.ts DIR_WITH_UNIHAN_TXT");
  process.exit(1);
}
const fromCode = (u: string) => String.fromCodePoint(parseInt(u.slice(2), 16));
const mandarin = new Map<string, string>();
for (const line of fs.readFileSync(path.join(dir, "Unihan_Readings.txt"), "utf8").split("\n")) {
  const [code, field, value] = line.split("\t");
  if (field === "kMandarin" && code.startsWith("U+")) mandarin.set(fromCode(code), value.split(" ")[0].normalize("NFC"));
}
const variants = new Map<string, string[]>();
for (const line of fs.readFileSync(path.join(dir, "Unihan_Variants.txt"), "utf8").split("\n")) {
  const [code, field, value] = line.split("\t");
  if (!field || !code.startsWith("U+") || !/^k(Semantic|Z|Spoofing|Simplified|Traditional|SpecializedSemantic)Variant$/.test(field)) continue;
  const list = variants.get(fromCode(code)) ?? [];
  for (const v of value.split(" ")) list.push(fromCode(v.split("<")[0]));
  variants.set(fromCode(code), list);
}

function known(ch: string): string | null {
  const r = pinyin(ch, { type: "array", toneSandhi: false })[0];
  if (r && r !== ch) return r;
  return cedictEntries(ch).find((e) => e.pinyin)?.pinyin ?? null;
}

const lines: string[] = [];
const candidates = new Set([...mandarin.keys(), ...variants.keys()]);
for (const ch of candidates) {
  if (!/^\p{Script=Han}$/u.test(ch) || known(ch)) continue;
  const reading = mandarin.get(ch) ?? (variants.get(ch) ?? []).map((v) => known(v) ?? mandarin.get(v)).find(Boolean);
  if (reading) lines.push(`${ch}\t${reading.toLowerCase()}`);
}
lines.sort();
fs.writeFileSync(path.join(process.cwd(), "lib", "dict", "data", "rare-readings.txt"), `${lines.join("\n")}\n`);
console.log(`wrote ${lines.length} readings`);
