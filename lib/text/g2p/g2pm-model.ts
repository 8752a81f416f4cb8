import fs from "node:fs";
import path from "node:path";
import { dictDataDir } from "@/lib/dict/data-files";

// g2pM (Park & Lee, Interspeech 2020; Apache-2.0, see lib/dict/data/NOTICE.md): a character
// embedding (64) → one bidirectional LSTM layer (32 per direction, PyTorch gate order i, f, g, o)
// → 64→32 ReLU → 32→876 logits over numbered-pinyin classes. The sentence is read once between
// the begin/end markers the model was trained with; each polyphone's logits are restricted to its
// own readings. Weights come from scripts/g2pm/pack-weights.ts.

const H = 32;
const G = 4 * H; // gate rows per direction
const E = 64;
const BOS = "시"; // the checkpoint's sentence markers (rows 2 and 3)
const EOS = "끝";

interface ModelFile {
  tensors: { name: string; shape: number[] }[];
  chars: string[];
  classes: string[];
  readings: Record<string, number[]>;
}

// Float64 copies of the weights the recurrence reads: V8 reads them without a float32 → double
// conversion. Gates are interleaved per hidden unit (unit j's i, f, g, o side by side) so one pass
// over the previous h computes all four gates of a unit and reads each h[k] once.
interface Direction {
  wih: Float32Array;
  /** W_hh as [(j·H + k)·4 + gate]. */
  whh: Float64Array;
  bias: Float64Array; // bias_ih + bias_hh, in PyTorch row order
  /** Input projection per vocabulary row (W_ih·x + bias) as [row·G + j·4 + gate], filled on first use. */
  proj: Float64Array;
  done: Uint8Array;
}

export interface Prediction {
  /** Numbered pinyin classes the character can take ("wei2", "wei4"). */
  classes: string[];
  /** Log-probabilities over those classes only. */
  logProbs: number[];
}

/** Predictions kept per (sentence, positions): lessons repeat sentences and re-imports repeat all. */
const CACHE_SIZE = 4096;

export class G2pmModel {
  private readonly rowOf = new Map<string, number>();
  private readonly unk: number;
  private readonly bos: number;
  private readonly eos: number;
  private readonly fw: Direction;
  private readonly bw: Direction;
  private readonly emb: Float32Array;
  private readonly fc1w: Float32Array;
  private readonly fc1b: Float32Array;
  private readonly fc2w: Float32Array;
  private readonly fc2b: Float32Array;
  private readonly classes: string[];
  private readonly readings: Record<string, number[]>;
  private readonly cache = new Map<string, Map<number, Prediction>>();
  private cacheLimit = CACHE_SIZE;
  // Scratch buffers reused across calls (one sentence at a time; JavaScript is single-threaded).
  private rows = new Int32Array(256);
  private hf = new Float64Array(256 * H);
  private hb = new Float64Array(256 * H);
  private readonly h = new Float64Array(H);
  private readonly c = new Float64Array(H);
  private readonly hidden = new Float64Array(H);

  constructor(file: ModelFile, weights: Float32Array) {
    const t: Record<string, Float32Array> = {};
    let at = 0;
    for (const { name, shape } of file.tensors) {
      const n = shape.reduce((a, b) => a * b, 1);
      t[name] = weights.subarray(at, at + n);
      at += n;
    }
    if (at !== weights.length) throw new Error("g2pM weights do not match model.json");
    file.chars.forEach((ch, i) => this.rowOf.set(ch, i));
    this.unk = this.rowOf.get("<UNK>")!;
    this.bos = this.rowOf.get(BOS)!;
    this.eos = this.rowOf.get(EOS)!;
    const vocab = file.chars.length;
    const direction = (suffix: string): Direction => {
      const bias = new Float64Array(G);
      for (let i = 0; i < G; i++) bias[i] = t[`lstm.bias_ih_l0${suffix}`][i] + t[`lstm.bias_hh_l0${suffix}`][i];
      const hh = t[`lstm.weight_hh_l0${suffix}`];
      const whh = new Float64Array(G * H);
      for (let gate = 0; gate < 4; gate++) {
        for (let j = 0; j < H; j++) for (let k = 0; k < H; k++) whh[(j * H + k) * 4 + gate] = hh[(gate * H + j) * H + k];
      }
      return { wih: t[`lstm.weight_ih_l0${suffix}`], whh, bias, proj: new Float64Array(vocab * G), done: new Uint8Array(vocab) };
    };
    this.fw = direction("");
    this.bw = direction("_reverse");
    this.emb = t["embedding.weight"];
    this.fc1w = t["logit_layer.0.weight"];
    this.fc1b = t["logit_layer.0.bias"];
    this.fc2w = t["logit_layer.2.weight"];
    this.fc2b = t["logit_layer.2.bias"];
    this.classes = file.classes;
    this.readings = file.readings;
  }

  /** Sets how many sentences' predictions are kept (0: none, as benchmarks of fresh text need; default: the usual). */
  setCacheLimit(limit = CACHE_SIZE): void {
    this.cacheLimit = limit;
    this.cache.clear();
  }

  /** Whether the model chooses between several readings of the character. */
  knows(ch: string): boolean {
    return this.readings[ch] !== undefined;
  }

  /** The numbered readings of a character the model chooses between, or null when it has one. */
  readingsOf(ch: string): string[] | null {
    const ids = this.readings[ch];
    return ids ? ids.map((i) => this.classes[i]) : null;
  }

  /**
   * Predictions for the characters at `positions` (indexes into `chars`, one code point each) that
   * are polyphones the model knows. Characters it never saw are read as <UNK>. The map returned
   * may be shared with later calls for the same sentence: callers must not change it.
   */
  predict(chars: string[], positions: number[]): Map<number, Prediction> {
    const targets = positions.filter((p) => this.readings[chars[p]] !== undefined);
    if (!targets.length) return new Map();
    targets.sort((a, b) => a - b);
    const key = `${targets.join(",")}|${chars.join("")}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key); // most recently used last
      this.cache.set(key, hit);
      return hit;
    }
    const out = this.forward(chars, targets);
    if (this.cacheLimit > 0) {
      if (this.cache.size >= this.cacheLimit) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, out);
    }
    return out;
  }

  private forward(chars: string[], targets: number[]): Map<number, Prediction> {
    const n = chars.length + 2; // with the begin and end markers
    if (this.rows.length < n) {
      this.rows = new Int32Array(n * 2);
      this.hf = new Float64Array(n * H * 2);
      this.hb = new Float64Array(n * H * 2);
    }
    const { rows, hf, hb, hidden } = this;
    rows[0] = this.bos;
    for (let i = 0; i < chars.length; i++) rows[i + 1] = this.rowOf.get(chars[i]) ?? this.unk;
    rows[n - 1] = this.eos;
    // The forward pass only needs to reach the last target, the backward pass the first (+1: the
    // begin marker).
    this.run(this.fw, 0, targets[targets.length - 1] + 1, 1, hf);
    this.run(this.bw, n - 1, targets[0] + 1, -1, hb);
    const out = new Map<number, Prediction>();
    const { fc1w, fc1b, fc2w, fc2b } = this;
    for (const p of targets) {
      const at = (p + 1) * H;
      // 64 → 32 ReLU; input is [forward h, backward h].
      for (let j = 0; j < H; j++) {
        let s = fc1b[j];
        const w = j * 2 * H;
        for (let k = 0; k < H; k++) s += fc1w[w + k] * hf[at + k] + fc1w[w + H + k] * hb[at + k];
        hidden[j] = s > 0 ? s : 0;
      }
      // Logits only for the character's own readings.
      const ids = this.readings[chars[p]];
      const logits = ids.map((c) => {
        let s = fc2b[c];
        for (let k = 0; k < H; k++) s += fc2w[c * H + k] * hidden[k];
        return s;
      });
      const max = Math.max(...logits);
      const z = Math.log(logits.reduce((a, l) => a + Math.exp(l - max), 0)) + max;
      out.set(p, { classes: ids.map((c) => this.classes[c]), logProbs: logits.map((l) => l - z) });
    }
    return out;
  }

  private projection(d: Direction, row: number): number {
    const base = row * G;
    if (!d.done[row]) {
      const e = row * E;
      for (let g = 0; g < G; g++) {
        let s = d.bias[g];
        const w = g * E;
        for (let k = 0; k < E; k++) s += d.wih[w + k] * this.emb[e + k];
        d.proj[base + (g % H) * 4 + Math.floor(g / H)] = s;
      }
      d.done[row] = 1;
    }
    return base;
  }

  /** One direction from `from` to `to` inclusive (step ±1), writing h at each step into `hs`. */
  private run(d: Direction, from: number, to: number, step: 1 | -1, hs: Float64Array): void {
    const { h, c, rows } = this;
    h.fill(0);
    c.fill(0);
    const { whh, proj } = d;
    const steps = (to - from) * step + 1;
    let prev = -1; // offset in hs of the previous step's h (-1: zeros in h)
    for (let s = 0, t = from; s < steps; s++, t += step) {
      const base = this.projection(d, rows[t]);
      const out = t * H;
      // h of the previous step is read from hs (written last step) so this step can overwrite h.
      const src = prev < 0 ? h : hs;
      const off = prev < 0 ? 0 : prev;
      for (let j = 0; j < H; j++) {
        const p = base + j * 4;
        let si = proj[p];
        let sf = proj[p + 1];
        let sg = proj[p + 2];
        let so = proj[p + 3];
        for (let k = 0, w = j * H * 4; k < H; k++, w += 4) {
          const hk = src[off + k];
          si += whh[w] * hk;
          sf += whh[w + 1] * hk;
          sg += whh[w + 2] * hk;
          so += whh[w + 3] * hk;
        }
        const cj = sigmoid(sf) * c[j] + sigmoid(si) * tanh(sg);
        c[j] = cj;
        hs[out + j] = sigmoid(so) * tanh(cj);
      }
      prev = out;
    }
  }
}

function tanh(x: number): number {
  // Math.tanh is several times slower; this (exp-based) form is exact to double rounding.
  if (x > 15) return 1;
  if (x < -15) return -1;
  const e = Math.exp(2 * x);
  return (e - 1) / (e + 1);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

let model: G2pmModel | null = null;

/** The model, loaded on first use (once per process). */
export function g2pmModel(): G2pmModel {
  if (model) return model;
  const dir = path.join(dictDataDir(), "g2pm");
  const file = JSON.parse(fs.readFileSync(path.join(dir, "model.json"), "utf8")) as ModelFile;
  const bytes = fs.readFileSync(path.join(dir, "weights.bin"));
  // Copy into an aligned buffer: a Buffer may start at any offset of Node's pool.
  const weights = new Float32Array(bytes.length / 4);
  new Uint8Array(weights.buffer).set(bytes);
  model = new G2pmModel(file, weights);
  return model;
}
