// Draws the app's icons (the character 中 in white on the brand red) as real PNGs, with no image
// library: a few rectangles, 4×4 supersampled, written with node:zlib. Run once after changing
// the design: `npx tsx scripts/make-icons.ts`; the PNGs are committed under public/.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const RED = [0x99, 0x1b, 0x1b];
const WHITE = [0xff, 0xff, 0xff];
type Rect = [number, number, number, number]; // x0, y0, x1, y1 in 0..1 of the glyph box

// 中: a wide box (the mouth) and a vertical stroke through it.
const GLYPH: Rect[] = [
  [0.14, 0.28, 0.86, 0.36], // box top
  [0.14, 0.6, 0.86, 0.68], // box bottom
  [0.14, 0.28, 0.22, 0.68], // box left
  [0.78, 0.28, 0.86, 0.68], // box right
  [0.46, 0.06, 0.54, 0.94], // the stroke
];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** size px; `inset`: share of the side left as margin around the glyph; `radius`: corner rounding (0 = full bleed). */
function icon(size: number, inset: number, radius: number): Buffer {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          const dx = Math.max(radius - u, u - (1 - radius), 0);
          const dy = Math.max(radius - v, v - (1 - radius), 0);
          if (radius > 0 && dx * dx + dy * dy > radius * radius) continue;
          bg++;
          const gu = (u - inset) / (1 - 2 * inset);
          const gv = (v - inset) / (1 - 2 * inset);
          if (GLYPH.some(([x0, y0, x1, y1]) => gu >= x0 && gu <= x1 && gv >= y0 && gv <= y1)) fg++;
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const t = fg / Math.max(bg, 1);
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(RED[c] * (1 - t) + WHITE[c] * t);
      raw[o + 3] = Math.round((255 * bg) / (S * S));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** An .ico holding one PNG (every current browser reads PNG-in-ICO). */
function ico(png: Buffer, size: number): Buffer {
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(1, 4);
  head.writeUInt8(size, 6);
  head.writeUInt8(size, 7);
  head.writeUInt16LE(1, 10);
  head.writeUInt16LE(32, 12);
  head.writeUInt32LE(png.length, 14);
  head.writeUInt32LE(22, 18);
  return Buffer.concat([head, png]);
}

const pub = path.resolve(import.meta.dirname, "..", "public");
mkdirSync(path.join(pub, "icons"), { recursive: true });
writeFileSync(path.join(pub, "icons", "icon-192.png"), icon(192, 0.16, 0.18));
writeFileSync(path.join(pub, "icons", "icon-512.png"), icon(512, 0.16, 0.18));
// Maskable: full bleed, the glyph inside the central 80 % safe zone (platforms crop to any shape).
writeFileSync(path.join(pub, "icons", "maskable-512.png"), icon(512, 0.24, 0));
writeFileSync(path.join(pub, "apple-touch-icon.png"), icon(180, 0.18, 0));
writeFileSync(path.join(pub, "favicon.ico"), ico(icon(32, 0.08, 0.12), 32));
console.log("icons written to public/");
