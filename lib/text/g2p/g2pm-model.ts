import fs from "node:fs";
import path from "node:path";
import { dictDataDir } from "@/lib/dict/data-files";
import { instantiateLstm, type LstmKernel } from "./lstm-wasm";

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
/**
 * Characters of context the model reads on either side of the characters it decides. On CPP dev,
 * ±8 already leaves every reading of the pipeline on all 9,893 sentences unchanged (±5 changes 17
 * sentences); ±10 keeps a margin and cuts the model's steps there by a fifth (344k → 269k).
 */
const WINDOW = 10;
const CACHE_SIZE = 4096;

export class G2pmModel {
  private readonly rowOf = new Map<string, number>();
  /** rowOf for one-code-unit characters, by char code (-1: not in the vocabulary): no hashing per character. */
  private readonly rowOfCode = new Int32Array(65536).fill(-1);
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
  private window = WINDOW;
  private cacheLimit = CACHE_SIZE;
  // Scratch buffers reused across calls (one sentence at a time; JavaScript is single-threaded).
  private rows = new Int32Array(256);
  private hf = new Float64Array(256 * H);
  private hb = new Float64Array(256 * H);
  private readonly h = new Float64Array(H);
  private readonly c = new Float64Array(H);
  private readonly hidden = new Float64Array(H);
  /** The WebAssembly SIMD recurrence (float32), or null: the JavaScript one (float64) runs. */
  private readonly wasm: WasmState | null;

  constructor(file: ModelFile, weights: Float32Array, options: { wasm?: boolean } = {}) {
    const t: Record<string, Float32Array> = {};
    let at = 0;
    for (const { name, shape } of file.tensors) {
      const n = shape.reduce((a, b) => a * b, 1);
      t[name] = weights.subarray(at, at + n);
      at += n;
    }
    if (at !== weights.length) throw new Error("g2pM weights do not match model.json");
    file.chars.forEach((ch, i) => {
      this.rowOf.set(ch, i);
      if (ch.length === 1) this.rowOfCode[ch.charCodeAt(0)] = i;
    });
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
    this.wasm = options.wasm === false ? null : wasmState(vocab, t);
  }

  /** Which implementation of the recurrence runs (tests compare the two). */
  get engine(): "wasm" | "js" {
    return this.wasm ? "wasm" : "js";
  }

  /** Sets the context window on either side of the targets (Infinity: the whole sentence, for tests and measuring). */
  setWindow(window = WINDOW): void {
    this.window = window;
    this.cache.clear();
  }

  /** Sets how many sentences' predictions are kept (0: none, as benchmarks of fresh text need; default: the usual). */
  setCacheLimit(limit = CACHE_SIZE): void {
    this.cacheLimit = limit;
    this.cache.clear();
  }

  /**
   * Computes every vocabulary row's input projection now (they are otherwise computed on a row's
   * first use): a long-running process does it once, off a build's path, so the first long text
   * it builds does not pay for thousands of characters' projections (~0.1 s).
   */
  prepareAll(): void {
    const rows = this.emb.length / E;
    for (let row = 0; row < rows; row++) {
      if (this.wasm) {
        this.wasmProjection(this.wasm, 0, row);
        this.wasmProjection(this.wasm, 1, row);
      } else {
        this.projection(this.fw, row);
        this.projection(this.bw, row);
      }
    }
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
   * may be shared with later calls for the same sentence: callers must not change it. `text`, when
   * given, must be chars joined (the caller usually has it: no need to join them again).
   */
  predict(chars: string[], positions: number[], text?: string): Map<number, Prediction> {
    const targets = positions.filter((p) => this.readings[chars[p]] !== undefined);
    if (!targets.length) return new Map();
    targets.sort((a, b) => a - b);
    if (this.cacheLimit <= 0) return this.windowed(chars, targets);
    const key = `${targets.join(",")}|${text ?? chars.join("")}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key); // most recently used last
      this.cache.set(key, hit);
      return hit;
    }
    const out = this.windowed(chars, targets);
    if (this.cache.size >= this.cacheLimit) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, out);
    return out;
  }

  /**
   * forward() on windows of the sentence: each group of targets with the WINDOW characters on
   * either side (targets closer than 2 × WINDOW share a window). The checkpoint's recurrences
   * carry little beyond a few characters: on CPP dev, windows of ±8 change no reading of the
   * pipeline, and the model runs fewer steps on long sentences.
   */
  private windowed(chars: string[], targets: number[]): Map<number, Prediction> {
    let out: Map<number, Prediction> | null = null;
    let from = 0;
    for (let k = 1; k <= targets.length; k++) {
      if (k < targets.length && targets[k] - targets[k - 1] <= 2 * this.window) continue;
      const group = targets.slice(from, k);
      const start = Math.max(0, group[0] - this.window);
      const end = Math.min(chars.length, group[group.length - 1] + this.window + 1);
      if (start === 0 && end === chars.length) return this.forward(chars, targets);
      const inner = this.forward(chars.slice(start, end), group.map((t) => t - start));
      out ??= new Map<number, Prediction>();
      for (const [p, prediction] of inner) out.set(p + start, prediction);
      from = k;
    }
    return out!;
  }

  private forward(chars: string[], targets: number[]): Map<number, Prediction> {
    const n = chars.length + 2; // with the begin and end markers
    if (this.rows.length < n) {
      this.rows = new Int32Array(n * 2);
      this.hf = new Float64Array(n * H * 2);
      this.hb = new Float64Array(n * H * 2);
    }
    const { rows } = this;
    rows[0] = this.bos;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      const row = ch.length === 1 ? this.rowOfCode[ch.charCodeAt(0)] : (this.rowOf.get(ch) ?? -1);
      rows[i + 1] = row >= 0 ? row : this.unk;
    }
    rows[n - 1] = this.eos;
    // The forward pass only needs to reach the last target, the backward pass the first (+1: the
    // begin marker).
    const last = targets[targets.length - 1] + 1;
    const first = targets[0] + 1;
    // hidden(i) gives the 32 ReLU outputs of the 64 → 32 layer at the i-th target.
    let hidden: (i: number) => Float64Array | Float32Array;
    if (this.wasm) {
      const w = this.wasm;
      this.runWasm(w, n, last, first);
      targets.forEach((p, i) => (w.i32[(w.positions >> 2) + i] = p + 1));
      w.kernel.head(FC1W, FC1B, w.hf, w.hb, w.positions, targets.length, w.hidden);
      hidden = (i) => w.f32.subarray((w.hidden >> 2) + i * H, (w.hidden >> 2) + (i + 1) * H);
    } else {
      const { hf, hb, fc1w, fc1b } = this;
      this.run(this.fw, 0, last, 1, hf);
      this.run(this.bw, n - 1, first, -1, hb);
      hidden = (i) => {
        const at = (targets[i] + 1) * H;
        for (let j = 0; j < H; j++) {
          let s = fc1b[j];
          const w = j * 2 * H;
          for (let k = 0; k < H; k++) s += fc1w[w + k] * hf[at + k] + fc1w[w + H + k] * hb[at + k];
          this.hidden[j] = s > 0 ? s : 0;
        }
        return this.hidden;
      };
    }
    const out = new Map<number, Prediction>();
    const { fc2w, fc2b } = this;
    targets.forEach((p, i) => {
      const x = hidden(i);
      // Logits only for the character's own readings.
      const ids = this.readings[chars[p]];
      const logits = ids.map((c) => {
        let s = fc2b[c];
        for (let k = 0; k < H; k++) s += fc2w[c * H + k] * x[k];
        return s;
      });
      const max = Math.max(...logits);
      const z = Math.log(logits.reduce((a, l) => a + Math.exp(l - max), 0)) + max;
      out.set(p, { classes: ids.map((c) => this.classes[c]), logProbs: logits.map((l) => l - z) });
    });
    return out;
  }

  /**
   * Both directions in the WebAssembly kernel; h is read back from its memory. Every window starts
   * with the begin marker and ends with the end marker, so each direction's first step (from zero
   * state) is always the same: it is run once and its state (h, c) restored, not run again.
   */
  private runWasm(w: WasmState, n: number, last: number, first: number): void {
    const markers = (w.markers ??= this.markerSteps(w));
    w.reserve(n);
    const { rows } = this;
    w.i32.set(rows.subarray(0, n), w.rows >> 2);
    for (let t = 1; t <= last; t++) this.wasmProjection(w, 0, rows[t]);
    for (let t = n - 2; t >= first; t--) this.wasmProjection(w, 1, rows[t]);
    // The kernel reads the h before its first step just behind where it writes.
    w.f32.set(markers.fwC, (SCRATCH + CELL) >> 2);
    w.f32.set(markers.fwH, w.hf >> 2);
    w.kernel.run(WHH_F, w.projF, w.rows + 4, 4, w.hf + H * 4, H * 4, last, SCRATCH);
    w.f32.set(markers.bwC, (SCRATCH + CELL) >> 2);
    w.f32.set(markers.bwH, (w.hb >> 2) + (n - 1) * H);
    w.kernel.run(WHH_B, w.projB, w.rows + (n - 2) * 4, -4, w.hb + (n - 2) * H * 4, -H * 4, n - 1 - first, SCRATCH);
  }

  /** Each direction's h and c after its marker step from zero state. */
  private markerSteps(w: WasmState): NonNullable<WasmState["markers"]> {
    w.reserve(2);
    this.wasmProjection(w, 0, this.bos);
    this.wasmProjection(w, 1, this.eos);
    w.i32[w.rows >> 2] = this.bos;
    w.i32[(w.rows >> 2) + 1] = this.eos;
    const step = (whh: number, proj: number, row: number) => {
      w.f32.fill(0, SCRATCH >> 2, (SCRATCH + SCRATCH_BYTES) >> 2);
      w.f32.fill(0, w.hf >> 2, (w.hf >> 2) + H); // zero h before the step
      w.kernel.run(whh, proj, row, 4, w.hf + H * 4, H * 4, 1, SCRATCH);
      return { c: w.f32.slice((SCRATCH + CELL) >> 2, (SCRATCH + CELL + H * 4) >> 2), h: w.f32.slice((w.hf >> 2) + H, (w.hf >> 2) + 2 * H) };
    };
    const fw = step(WHH_F, w.projF, w.rows);
    const bw = step(WHH_B, w.projB, w.rows + 4);
    return { fwC: fw.c, fwH: fw.h, bwC: bw.c, bwH: bw.h };
  }

  /** Fills the kernel's input projection of a vocabulary row (direction 0 forward, 1 backward). */
  private wasmProjection(w: WasmState, dir: 0 | 1, row: number): void {
    const done = dir ? w.doneB : w.doneF;
    if (done[row]) return;
    const d = dir ? this.bw : this.fw;
    const base = ((dir ? w.projB : w.projF) >> 2) + row * G;
    const e = row * E;
    for (let g = 0; g < G; g++) {
      let s = d.bias[g];
      const wr = g * E;
      for (let k = 0; k < E; k++) s += d.wih[wr + k] * this.emb[e + k];
      w.f32[base + g] = s;
    }
    done[row] = 1;
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

// The kernel's memory: W_hh of both directions, its scratch, the 64 → 32 layer, the projections
// of both directions, then per sentence its rows, h of both directions, the target positions and
// their hidden layers (grown for long sentences).
const WHH_F = 0;
const WHH_B = G * H * 4;
const SCRATCH = 2 * G * H * 4;
const SCRATCH_BYTES = 1152;
/** Where the cell state c lies in the scratch. */
const CELL = 1024;
const FC1W = SCRATCH + 2048;
const FC1B = FC1W + H * 2 * H * 4;
const PAGE = 65536;

interface WasmState {
  kernel: LstmKernel;
  projF: number;
  projB: number;
  rows: number;
  hf: number;
  hb: number;
  positions: number;
  hidden: number;
  doneF: Uint8Array;
  doneB: Uint8Array;
  f32: Float32Array;
  i32: Int32Array;
  /** Makes room for a sentence of n positions (markers included). */
  reserve(n: number): void;
  /** State after each direction's marker step (see runWasm), computed on first use. */
  markers?: { fwC: Float32Array; fwH: Float32Array; bwC: Float32Array; bwH: Float32Array };
}

function wasmState(vocab: number, t: Record<string, Float32Array>): WasmState | null {
  const align = (x: number) => Math.ceil(x / 16) * 16;
  const projF = align(FC1B + H * 4);
  const projB = projF + vocab * G * 4;
  const rowsAt = projB + vocab * G * 4;
  const memory = new WebAssembly.Memory({ initial: 1 });
  const kernel = instantiateLstm(memory);
  if (!kernel) return null;
  let capacity = 0;
  const state: WasmState = {
    kernel,
    projF,
    projB,
    rows: rowsAt,
    hf: 0,
    hb: 0,
    positions: 0,
    hidden: 0,
    doneF: new Uint8Array(vocab),
    doneB: new Uint8Array(vocab),
    f32: new Float32Array(memory.buffer),
    i32: new Int32Array(memory.buffer),
    reserve(n) {
      if (n <= capacity) return;
      capacity = Math.max(n, 512, capacity * 2);
      this.hf = align(rowsAt + capacity * 4);
      this.hb = this.hf + capacity * H * 4;
      this.positions = this.hb + capacity * H * 4;
      this.hidden = align(this.positions + capacity * 4);
      const need = this.hidden + capacity * H * 4;
      if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
      this.f32 = new Float32Array(memory.buffer);
      this.i32 = new Int32Array(memory.buffer);
    },
  };
  state.reserve(512);
  const f32 = state.f32;
  // W_hh in blocks of 4 gate rows: ((rb·32 + k)·4 + lane) = W[4·rb + lane][k].
  for (const [at, hh] of [[WHH_F, t["lstm.weight_hh_l0"]], [WHH_B, t["lstm.weight_hh_l0_reverse"]]] as const) {
    for (let rb = 0; rb < G / 4; rb++) {
      for (let k = 0; k < H; k++) for (let lane = 0; lane < 4; lane++) f32[(at >> 2) + (rb * H + k) * 4 + lane] = hh[(4 * rb + lane) * H + k];
    }
  }
  // The 64 → 32 layer the same way: ((jb·64 + k)·4 + lane) = W[4·jb + lane][k].
  const fc1w = t["logit_layer.0.weight"];
  for (let jb = 0; jb < H / 4; jb++) {
    for (let k = 0; k < 2 * H; k++) for (let lane = 0; lane < 4; lane++) f32[(FC1W >> 2) + (jb * 2 * H + k) * 4 + lane] = fc1w[(4 * jb + lane) * 2 * H + k];
  }
  f32.set(t["logit_layer.0.bias"], FC1B >> 2);
  return state;
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

/**
 * A new model from the packed checkpoint. `wasm: false` runs the recurrence in JavaScript (float64),
 * as where WebAssembly SIMD is missing; tests compare the two.
 */
export function loadG2pmModel(options: { wasm?: boolean } = {}): G2pmModel {
  const dir = path.join(dictDataDir(), "g2pm");
  const file = JSON.parse(fs.readFileSync(path.join(dir, "model.json"), "utf8")) as ModelFile;
  const bytes = fs.readFileSync(path.join(dir, "weights.bin"));
  // Copy into an aligned buffer: a Buffer may start at any offset of Node's pool.
  const weights = new Float32Array(bytes.length / 4);
  new Uint8Array(weights.buffer).set(bytes);
  return new G2pmModel(file, weights, options);
}

/** The model, loaded on first use (once per process). */
export function g2pmModel(): G2pmModel {
  model ??= loadG2pmModel();
  return model;
}
