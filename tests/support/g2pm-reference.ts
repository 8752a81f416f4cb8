// The g2pM forward pass as first written (lib/text/g2p/g2pm-model.ts before it was optimised):
// straightforward loops, every position run in both directions, no cache. Kept only so that
// tests/unit/text/g2pm-fast.test.ts can check the optimised model gives the same predictions.
import fs from "node:fs";
import path from "node:path";
import { dictDataDir } from "@/lib/dict/data-files";

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

// Float64 copies of the recurrent weights: V8 reads them without a float32 → double conversion.
interface Direction {
  wih: Float32Array;
  whh: Float64Array;
  bias: Float64Array; // bias_ih + bias_hh
  /** Input projection per vocabulary row (W_ih·x + bias), filled on first use of the row. */
  proj: Float64Array;
  done: Uint8Array;
}

interface Prediction {
  /** Numbered pinyin classes the character can take ("wei2", "wei4"). */
  classes: string[];
  /** Log-probabilities over those classes only. */
  logProbs: number[];
}

export class G2pmReference {
  private readonly rowOf = new Map<string, number>();
  private readonly unk: number;
  private readonly fw: Direction;
  private readonly bw: Direction;
  private readonly emb: Float32Array;
  private readonly fc1w: Float32Array;
  private readonly fc1b: Float32Array;
  private readonly fc2w: Float32Array;
  private readonly fc2b: Float32Array;
  private readonly classes: string[];
  private readonly readings: Record<string, number[]>;
  // Scratch buffers reused across calls (one sentence at a time; JavaScript is single-threaded).
  private hf = new Float64Array(256 * H);
  private hb = new Float64Array(256 * H);
  private readonly h = new Float64Array(H);
  private readonly c = new Float64Array(H);
  private readonly gates = new Float64Array(G);

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
    const vocab = file.chars.length;
    const direction = (suffix: string): Direction => {
      const bias = new Float64Array(G);
      for (let i = 0; i < G; i++) bias[i] = t[`lstm.bias_ih_l0${suffix}`][i] + t[`lstm.bias_hh_l0${suffix}`][i];
      return {
        wih: t[`lstm.weight_ih_l0${suffix}`],
        whh: Float64Array.from(t[`lstm.weight_hh_l0${suffix}`]),
        bias,
        proj: new Float64Array(vocab * G),
        done: new Uint8Array(vocab),
      };
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

  /** The numbered readings of a character the model chooses between, or null when it has one. */
  readingsOf(ch: string): string[] | null {
    const ids = this.readings[ch];
    return ids ? ids.map((i) => this.classes[i]) : null;
  }

  /**
   * Predictions for the characters at `positions` (indexes into `chars`, one code point each) that
   * are polyphones the model knows. Characters it never saw are read as <UNK>.
   */
  predict(chars: string[], positions: number[]): Map<number, Prediction> {
    const out = new Map<number, Prediction>();
    const targets = positions.filter((p) => this.readings[chars[p]]);
    if (!targets.length) return out;
    const rows = [this.rowOf.get(BOS)!, ...chars.map((c) => this.rowOf.get(c) ?? this.unk), this.rowOf.get(EOS)!];
    const n = rows.length;
    let first = n;
    let last = 0;
    for (const p of targets) {
      first = Math.min(first, p + 1); // +1: the begin marker
      last = Math.max(last, p + 1);
    }
    if (this.hf.length < n * H) {
      this.hf = new Float64Array(n * H * 2);
      this.hb = new Float64Array(n * H * 2);
    }
    const { hf, hb } = this;
    this.run(this.fw, rows, 0, last, 1, hf);
    this.run(this.bw, rows, n - 1, first, -1, hb);
    const hidden = new Float64Array(H);
    for (const p of targets) {
      const at = p + 1;
      // 64 → 32 ReLU; input is [forward h, backward h].
      for (let j = 0; j < H; j++) {
        let s = this.fc1b[j];
        const w = j * 2 * H;
        for (let k = 0; k < H; k++) s += this.fc1w[w + k] * hf[at * H + k] + this.fc1w[w + H + k] * hb[at * H + k];
        hidden[j] = s > 0 ? s : 0;
      }
      const ids = this.readings[chars[p]];
      const logits = ids.map((c) => {
        let s = this.fc2b[c];
        for (let k = 0; k < H; k++) s += this.fc2w[c * H + k] * hidden[k];
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
        d.proj[base + g] = s;
      }
      d.done[row] = 1;
    }
    return base;
  }

  /** One direction from `from` to `to` inclusive (step ±1), writing h at each step into `hs`. */
  private run(d: Direction, rows: number[], from: number, to: number, step: 1 | -1, hs: Float64Array): void {
    const { h, c, gates } = this;
    h.fill(0);
    c.fill(0);
    const whh = d.whh;
    const proj = d.proj;
    for (let t = from; step > 0 ? t <= to : t >= to; t += step) {
      const base = this.projection(d, rows[t]);
      for (let g = 0, w = 0; g < G; g++, w += H) {
        let s0 = proj[base + g];
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let k = 0; k < H; k += 4) {
          s0 += whh[w + k] * h[k];
          s1 += whh[w + k + 1] * h[k + 1];
          s2 += whh[w + k + 2] * h[k + 2];
          s3 += whh[w + k + 3] * h[k + 3];
        }
        gates[g] = s0 + s1 + s2 + s3;
      }
      const out = t * H;
      for (let j = 0; j < H; j++) {
        const i = sigmoid(gates[j]);
        const f = sigmoid(gates[H + j]);
        const gg = tanh(gates[2 * H + j]);
        const o = sigmoid(gates[3 * H + j]);
        c[j] = f * c[j] + i * gg;
        h[j] = o * tanh(c[j]);
        hs[out + j] = h[j];
      }
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

/** A fresh reference model from the packed weights the app ships. */
export function loadReference(): G2pmReference {
  const dir = path.join(dictDataDir(), "g2pm");
  const file = JSON.parse(fs.readFileSync(path.join(dir, "model.json"), "utf8")) as ModelFile;
  const bytes = fs.readFileSync(path.join(dir, "weights.bin"));
  const weights = new Float32Array(bytes.length / 4);
  new Uint8Array(weights.buffer).set(bytes);
  return new G2pmReference(file, weights);
}
