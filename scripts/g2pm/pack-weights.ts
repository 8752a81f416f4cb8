// One-off build step: `npx tsx scripts/g2pm/pack-weights.ts PATH/g2pm-weights.json` turns the
// published g2pM checkpoint (JSON, base64 float32) into the compact files the app loads:
// lib/dict/data/g2pm/weights.bin (the tensors, float32 little-endian, concatenated in the order of
// model.json) and model.json (shapes, characters by row, classes, readings of polyphonic characters).
// The app never reads the original JSON.
import fs from "node:fs";
import path from "node:path";

interface Source {
  tensors: Record<string, { shape: number[]; data: string }>;
  char2idx: Record<string, number>;
  class2idx: Record<string, number>;
  readings: Record<string, string[]>;
}

const input = process.argv[2];
if (!input || !fs.existsSync(input)) {
  console.error("usage: tsx scripts/g2pm/pack-weights.ts PATH/g2pm-weights.json");
  process.exit(1);
}
const src = JSON.parse(fs.readFileSync(input, "utf8")) as Source;
const out = path.join(process.cwd(), "lib", "dict", "data", "g2pm");
fs.mkdirSync(out, { recursive: true });

const buffers: Buffer[] = [];
const tensors: { name: string; shape: number[] }[] = [];
for (const [name, t] of Object.entries(src.tensors)) {
  const bytes = Buffer.from(t.data, "base64");
  if (bytes.length !== t.shape.reduce((a, b) => a * b, 4)) throw new Error(`${name}: size does not match its shape`);
  buffers.push(bytes);
  tensors.push({ name, shape: t.shape });
}

const chars: string[] = [];
for (const [ch, i] of Object.entries(src.char2idx)) chars[i] = ch;
const classes: string[] = [];
for (const [c, i] of Object.entries(src.class2idx)) classes[i] = c;
// Only characters with a choice need the model; the others keep the dictionary's reading.
const readings: Record<string, number[]> = {};
for (const [ch, list] of Object.entries(src.readings)) {
  const ids = list.map((r) => src.class2idx[r]).filter((i) => i !== undefined);
  if (ids.length > 1) readings[ch] = ids;
}

fs.writeFileSync(path.join(out, "weights.bin"), Buffer.concat(buffers));
fs.writeFileSync(path.join(out, "model.json"), JSON.stringify({ tensors, chars, classes, readings }));
console.log(`wrote ${tensors.length} tensors, ${chars.length} characters, ${classes.length} classes, ${Object.keys(readings).length} polyphones to ${out}`);
