// The g2pM LSTM recurrence as a small WebAssembly SIMD kernel, emitted here as bytes (no binary in
// the repository). A start loads the bytes stored as base64 in lstm-wasm-bytes.ts (written by
// scripts/g2pm/emit-kernel.ts; a test checks they are what this emitter makes). In JavaScript one step (W_hh·h for 4 gates × 32 units, then
// five exponentials per unit) costs several microseconds; with f32x4 lanes it is a fraction of one.
//
// Layout in the shared memory (byte offsets chosen by the caller, all 16-byte aligned):
// - whh: W_hh in blocks of 4 gate rows: float at ((rb·32 + k)·4 + lane) = W_hh[4·rb + lane][k],
//   rows in PyTorch order (i, f, g, o), so gate rows 0–31 are i, 32–63 f, 64–95 g, 96–127 o.
// - proj: per vocabulary row, the 128 floats W_ih·x + b_ih + b_hh.
// - scratch (1,152 bytes): [512, 1024) the 128 gate sums; [1024, 1152) the cell state c, which
//   the caller sets before a run (zeros from the start; [0, 512) is unused).
//
// run(whh, proj, rows, rowStep, hs, hsStep, count, scratch) reads `count` vocabulary rows (i32)
// from `rows`, moving by `rowStep` bytes (±4), and writes each step's 32-float h at `hs`, moving by
// `hsStep` bytes (±128). The h before the first step is read at hs − hsStep (the caller puts
// zeros or a saved state there); each later step reads the h the step before wrote.

import { LSTM_WASM_BASE64 } from "./lstm-wasm-bytes";

const I32 = 0x7f;
const V128 = 0x7b;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const bytesOf = (s: string) => [...Buffer.from(s, "utf8")];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

// Instructions.
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const tee = (i: number) => [0x22, ...uleb(i)];
const i32c = (n: number) => [0x41, ...sleb(n)];
const I32_ADD = [0x6a];
const I32_SUB = [0x6b];
const I32_SHL = [0x74];
const I32_NE = [0x47];
const i32load = (offset = 0) => [0x28, 2, ...uleb(offset)];
const simd = (op: number, ...imm: number[]) => [0xfd, ...uleb(op), ...imm];
const vload = (offset = 0) => simd(0x00, 4, ...uleb(offset));
const vstore = (offset = 0) => simd(0x0b, 4, ...uleb(offset));
const f32x4 = (x: number) => {
  const b = Buffer.alloc(16);
  for (let i = 0; i < 4; i++) b.writeFloatLE(x, i * 4);
  return simd(0x0c, ...b);
};
const i32x4 = (x: number) => {
  const b = Buffer.alloc(16);
  for (let i = 0; i < 4; i++) b.writeInt32LE(x, i * 4);
  return simd(0x0c, ...b);
};
const LOAD_SPLAT = (offset: number) => simd(0x09, 2, ...uleb(offset));
const I32X4_SHL = simd(0xab);
const I32X4_ADD = simd(0xae);
const NEG = simd(0xe1);
const ADD = simd(0xe4);
const SUB = simd(0xe5);
const MUL = simd(0xe6);
const DIV = simd(0xe7);
// pmin/pmax: one minps/maxps on x86 (min/max must also order NaN and −0, which costs several).
const PMIN = simd(0xea);
const PMAX = simd(0xeb);
const loop = (body: number[]) => [0x03, 0x40, ...body, 0x0b];
const brIf = (depth: number) => [0x0d, ...uleb(depth)];

// exp(x) of the vector in local X (clobbers X, N and F) = 2^n · 2^f with n = round(x·log2 e) and
// 2^f = e^(f·ln 2) from its Taylor series to the 8th term (|f·ln 2| ≤ 0.347: error below 1e-8,
// under float32 rounding). Inlined at each use: V8 does not inline calls between wasm functions.
function exp(X: number, N: number, F: number): number[] {
  const coeffs: number[] = [];
  for (let k = 0, c = 1; k <= 7; k++, c *= Math.LN2 / k) coeffs.push(c);
  const horner: number[] = [...f32x4(coeffs[7])];
  for (let k = 6; k >= 0; k--) horner.push(...get(F), ...MUL, ...f32x4(coeffs[k]), ...ADD);
  // n = round(t) by the float trick: t + 1.5·2^23 keeps n in its low mantissa bits, and those
  // bits + 127, shifted into the exponent field, are 2^n (x86 has no cheap float → int4 convert).
  const MAGIC = 12582912;
  return [
    ...get(X), ...f32x4(-87), ...PMAX, ...f32x4(87), ...PMIN, ...f32x4(Math.LOG2E), ...MUL, ...tee(X),
    ...f32x4(MAGIC), ...ADD, ...tee(N),
    ...f32x4(MAGIC), ...SUB, ...set(F),
    ...get(X), ...get(F), ...SUB, ...set(F),
    ...horner,
    ...get(N), ...i32x4(127), ...I32X4_ADD, ...i32c(23), ...I32X4_SHL,
    ...MUL,
  ];
}

// sigmoid(x) = 1 / (1 + e^-x), of the vector on the stack (locals X, N, F as scratch).
const sigmoid = (X: number, N: number, F: number) => [...NEG, ...set(X), ...f32x4(1), ...f32x4(1), ...exp(X, N, F), ...ADD, ...DIV];
// tanh(x) = 2·sigmoid(2x) − 1
const tanh = (X: number, N: number, F: number) => [...tee(X), ...get(X), ...ADD, ...sigmoid(X, N, F), ...tee(X), ...get(X), ...ADD, ...f32x4(1), ...SUB];

function runBody(): number[] {
  // Params.
  const WHH = 0, PROJ = 1, ROWS = 2, ROW_STEP = 3, HS = 4, HS_STEP = 5, COUNT = 6, SCRATCH = 7;
  // Locals.
  const PP = 8, WP = 9, RB = 10, J = 11, G = 12;
  const VI = 13, VF = 14, VG = 15, VO = 16, VC = 17, VH = 18, X = 19, N = 20, F = 21;
  const sig = sigmoid(X, N, F);
  const th = tanh(X, N, F);
  // Eight row blocks at a time, each with its own accumulator: one splat of h[k] serves all eight,
  // and the eight sums do not wait on each other (a single chain of adds is latency-bound).
  const ACC = 22; // 8 v128 locals
  const HK = 30;
  const K = 31, WK = 32; // byte offsets of h[k] in the previous h and of block 0's W[·][k]
  const PH = 33; // the previous step's h
  // The sums over k run as a loop, not unrolled: unrolled (32 × 8 loads in one block), V8's
  // optimizing compiler hoisted the loads and spilled most of them to the stack, and a step took
  // twice as long (860 → 380 ns). Each sum still adds its products in the order k = 0, 1, …, 31.
  const gates: number[] = [];
  for (let b = 0; b < 8; b++) gates.push(...get(PP), ...get(RB), ...I32_ADD, ...vload(b * 16), ...set(ACC + b));
  const kBody: number[] = [...get(PH), ...get(K), ...I32_ADD, ...LOAD_SPLAT(0), ...set(HK)];
  for (let b = 0; b < 8; b++) kBody.push(...get(ACC + b), ...get(WK), ...vload(b * 512), ...get(HK), ...MUL, ...ADD, ...set(ACC + b));
  gates.push(
    ...i32c(0), ...set(K),
    ...get(WP), ...set(WK),
    ...loop([
      ...kBody,
      ...get(WK), ...i32c(16), ...I32_ADD, ...set(WK),
      ...get(K), ...i32c(4), ...I32_ADD, ...tee(K), ...i32c(128), ...I32_NE, ...brIf(0),
    ]),
  );
  for (let b = 0; b < 8; b++) gates.push(...get(SCRATCH), ...get(RB), ...I32_ADD, ...get(ACC + b), ...vstore(512 + b * 16));
  const rowsLoop = loop([
    ...gates,
    ...get(WP), ...i32c(8 * 512), ...I32_ADD, ...set(WP),
    ...get(RB), ...i32c(8 * 16), ...I32_ADD, ...tee(RB), ...i32c(512), ...I32_NE, ...brIf(0),
  ]);
  const unitsLoop = loop([
    ...get(SCRATCH), ...get(J), ...I32_ADD, ...set(G),
    ...get(G), ...vload(512), ...sig, ...set(VI),
    ...get(G), ...vload(512 + 128), ...sig, ...set(VF),
    ...get(G), ...vload(512 + 256), ...th, ...set(VG),
    ...get(G), ...vload(512 + 384), ...sig, ...set(VO),
    ...get(VF), ...get(G), ...vload(1024), ...MUL, ...get(VI), ...get(VG), ...MUL, ...ADD, ...set(VC),
    ...get(G), ...get(VC), ...vstore(1024),
    ...get(VO), ...get(VC), ...th, ...MUL, ...set(VH),
    ...get(HS), ...get(J), ...I32_ADD, ...get(VH), ...vstore(),
    ...get(J), ...i32c(16), ...I32_ADD, ...tee(J), ...i32c(128), ...I32_NE, ...brIf(0),
  ]);
  const stepsLoop = loop([
    ...get(PROJ), ...get(ROWS), ...i32load(), ...i32c(9), ...I32_SHL, ...I32_ADD, ...set(PP),
    ...get(WHH), ...set(WP),
    ...i32c(0), ...set(RB),
    ...rowsLoop,
    ...i32c(0), ...set(J),
    ...unitsLoop,
    ...get(ROWS), ...get(ROW_STEP), ...I32_ADD, ...set(ROWS),
    ...get(HS), ...tee(PH), ...get(HS_STEP), ...I32_ADD, ...set(HS),
    ...get(COUNT), ...i32c(-1), ...I32_ADD, ...tee(COUNT), ...brIf(0),
  ]);
  // A count of 0 must not run the loop once.
  return [...get(HS), ...get(HS_STEP), ...I32_SUB, ...set(PH), ...get(COUNT), 0x04, 0x40, ...stepsLoop, 0x0b];
}

// head(w, b, hf, hb, pos, count, out): the 64 → 32 ReLU layer on [forward h, backward h] at each
// of `count` positions (i32 at `pos`), writing 32 floats per position at `out`. w is in blocks of 4
// rows: float at ((jb·64 + k)·4 + lane) = W[4·jb + lane][k].
function headBody(): number[] {
  const W = 0, B = 1, HF = 2, HB = 3, POS = 4, COUNT = 5, OUT = 6;
  const XF = 7, XB = 8, ACC = 9, XK = 17; // ACC: 8 v128 locals, one per block of 4 outputs
  const K = 18, WK = 19, XP = 20; // i32 locals: byte offset of x[k] in its h, of W[·][k], the h read
  const sums: number[] = [];
  for (let b = 0; b < 8; b++) sums.push(...get(B), ...vload(b * 16), ...set(ACC + b));
  // k = 0…31 over the forward h, then 32…63 over the backward h, as loops (like run's sums).
  const kBody: number[] = [...get(XP), ...get(K), ...I32_ADD, ...LOAD_SPLAT(0), ...set(XK)];
  for (let b = 0; b < 8; b++) kBody.push(...get(ACC + b), ...get(WK), ...vload(b * 64 * 16), ...get(XK), ...MUL, ...ADD, ...set(ACC + b));
  for (const [x, w0] of [[XF, 0], [XB, 32 * 16]]) {
    sums.push(
      ...get(x), ...set(XP),
      ...get(W), ...i32c(w0), ...I32_ADD, ...set(WK),
      ...i32c(0), ...set(K),
      ...loop([
        ...kBody,
        ...get(WK), ...i32c(16), ...I32_ADD, ...set(WK),
        ...get(K), ...i32c(4), ...I32_ADD, ...tee(K), ...i32c(128), ...I32_NE, ...brIf(0),
      ]),
    );
  }
  for (let b = 0; b < 8; b++) sums.push(...get(OUT), ...get(ACC + b), ...f32x4(0), ...PMAX, ...vstore(b * 16));
  const positions = loop([
    // x = h at the position: 128 bytes per position in both arrays.
    ...get(POS), ...i32load(), ...i32c(7), ...I32_SHL, ...tee(XF), ...get(HB), ...I32_ADD, ...set(XB),
    ...get(XF), ...get(HF), ...I32_ADD, ...set(XF),
    ...sums,
    ...get(POS), ...i32c(4), ...I32_ADD, ...set(POS),
    ...get(OUT), ...i32c(128), ...I32_ADD, ...set(OUT),
    ...get(COUNT), ...i32c(-1), ...I32_ADD, ...tee(COUNT), ...brIf(0),
  ]);
  return [...get(COUNT), 0x04, 0x40, ...positions, 0x0b];
}

function body(locals: [number, number][], code: number[]): number[] {
  const b = [...vec(locals.map(([n, t]) => [...uleb(n), t])), ...code, 0x0b];
  return [...uleb(b.length), ...b];
}

/** The module's bytes: imports env.memory, exports run and head. */
export function lstmWasmBytes(): Uint8Array<ArrayBuffer> {
  const runType = [0x60, ...vec(Array.from({ length: 8 }, () => [I32])), ...vec([])];
  const headType = [0x60, ...vec(Array.from({ length: 7 }, () => [I32])), ...vec([])];
  const wasm = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([runType, headType])),
    ...section(2, vec([[...vec(bytesOf("env").map((b) => [b])), ...vec(bytesOf("memory").map((b) => [b])), 0x02, 0x00, ...uleb(1)]])),
    ...section(3, vec([[0], [1]])),
    ...section(7, vec([
      [...vec(bytesOf("run").map((b) => [b])), 0x00, 0],
      [...vec(bytesOf("head").map((b) => [b])), 0x00, 1],
    ])),
    ...section(10, [...uleb(2), ...body([[5, I32], [18, V128], [3, I32]], runBody()), ...body([[2, I32], [9, V128], [3, I32]], headBody())]),
  ];
  return Uint8Array.from(wasm);
}

export interface LstmKernel {
  run(whh: number, proj: number, rows: number, rowStep: number, hs: number, hsStep: number, count: number, scratch: number): void;
  head(w: number, b: number, hf: number, hb: number, pos: number, count: number, out: number): void;
}

/** The kernel bound to `memory`, or null where WebAssembly SIMD is not available. */
export function instantiateLstm(memory: WebAssembly.Memory): LstmKernel | null {
  try {
    const bytes = Buffer.from(LSTM_WASM_BASE64, "base64");
    if (!WebAssembly.validate(bytes)) return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } });
    return instance.exports as unknown as LstmKernel;
  } catch {
    return null;
  }
}
