import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { G2pmModel, g2pmModel, loadG2pmModel } from "@/lib/text/g2p/g2pm-model";
import { lstmWasmBytes } from "@/lib/text/g2p/lstm-wasm";
import { LSTM_WASM_BASE64 } from "@/lib/text/g2p/lstm-wasm-bytes";
import { loadReference } from "../../support/g2pm-reference";

// The optimised g2pM forward pass (bounded passes, cache; the recurrence in WebAssembly SIMD, or in
// JavaScript where that is missing) must give the same predictions as the straightforward one it
// replaced, on real text: same classes, the same log-probabilities (to 1e-9 in float64 JavaScript,
// to 1e-4 in the float32 kernel) and the same choice.

const FIXTURES = path.join(process.cwd(), "tests", "fixtures");

function fixtureSentences(): string[] {
  const files = [
    path.join(FIXTURES, "wang-yi-press-conference-2025-03-07.txt"),
    ...fs.readdirSync(path.join(FIXTURES, "genres")).filter((f) => f.endsWith(".txt")).map((f) => path.join(FIXTURES, "genres", f)),
  ];
  const text = files.map((f) => fs.readFileSync(f, "utf8")).join("\n");
  const sentences = text.split(/(?<=[。！？；])|\n+/).map((s) => s.trim()).filter(Boolean);
  // Their clauses too: the same characters in shorter contexts.
  const clauses = sentences.flatMap((s) => (s.includes("，") ? s.split("，") : [])).filter((c) => c.length > 1);
  return [...new Set([...sentences, ...clauses])];
}

const reference = loadReference();

const TOLERANCE = { wasm: 1e-4, js: 1e-9 };

function expectSame(model: G2pmModel, chars: string[], positions: number[]): number {
  const fast = model.predict(chars, positions);
  const slow = reference.predict(chars, positions);
  expect([...fast.keys()].sort((a, b) => a - b)).toEqual([...slow.keys()].sort((a, b) => a - b));
  for (const [p, want] of slow) {
    const got = fast.get(p)!;
    expect(got.classes, `${chars.join("")} @${p}`).toEqual(want.classes);
    got.logProbs.forEach((l, i) => expect(Math.abs(l - want.logProbs[i]), `${chars.join("")} @${p}`).toBeLessThan(TOLERANCE[model.engine]));
    expect(got.logProbs.indexOf(Math.max(...got.logProbs))).toBe(want.logProbs.indexOf(Math.max(...want.logProbs)));
  }
  return slow.size;
}

const engines = { wasm: g2pmModel, js: () => (jsModel ??= loadG2pmModel({ wasm: false })) };
let jsModel: G2pmModel | undefined;

it("runs the recurrence in WebAssembly SIMD in Node", () => {
  expect(g2pmModel().engine).toBe("wasm");
  expect(engines.js().engine).toBe("js");
});

describe.each(Object.entries(engines))("optimised g2pM forward pass (%s)", (_, load) => {
  const sentences = fixtureSentences();
  // The reference reads whole sentences; the context window is measured on its own below.
  beforeAll(() => load().setWindow(Infinity));
  afterAll(() => load().setWindow());

  it("has a few hundred sentences and clauses to compare", () => {
    expect(sentences.length).toBeGreaterThan(400);
  });

  it("predicts every polyphone of every fixture sentence exactly as the reference does", () => {
    const model = load();
    let compared = 0;
    for (const s of sentences) {
      const chars = [...s];
      compared += expectSame(model, chars, chars.map((_, i) => i));
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("gives the same answer for one position at a time (passes cut short at both ends)", () => {
    const model = load();
    for (const s of sentences.slice(0, 60)) {
      const chars = [...s];
      chars.forEach((c, i) => {
        if (model.knows(c)) expectSame(model, chars, [i]);
      });
    }
  });

  it("handles text longer than its scratch buffers and characters outside its vocabulary", () => {
    const model = load();
    const long = [...sentences.slice(0, 40).join("")];
    expect(long.length).toBeGreaterThan(1000);
    expectSame(model, long, long.map((_, i) => i));
    const odd = [..."龘𠮷为了长大，😀得行。"];
    expectSame(model, odd, odd.map((_, i) => i));
  });

  it("predicts the same with every projection computed up front (prepareAll, as a warmed-up worker does)", () => {
    const prepared = loadG2pmModel({ wasm: load().engine === "wasm" });
    prepared.setWindow(Infinity);
    prepared.prepareAll();
    let compared = 0;
    for (const s of sentences.slice(0, 80)) {
      const chars = [...s];
      compared += expectSame(prepared, chars, chars.map((_, i) => i));
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("answers a repeated sentence from its cache with the same predictions", () => {
    const model = load();
    const chars = [..."他为了长远发展，还得重新调整行程。"];
    const positions = chars.map((_, i) => i);
    const first = model.predict(chars, positions);
    expect(model.predict(chars, positions)).toEqual(first);
    // Another set of positions in the same sentence is its own entry, not the first answer.
    expect([...model.predict(chars, [1]).keys()]).toEqual([1]);
    expect(model.predict(chars, positions)).toBe(first);
    // With the cache off every call computes afresh, with the same result.
    model.setCacheLimit(0);
    const fresh = model.predict(chars, positions);
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
    model.setCacheLimit();
  });
});

describe("the context window", () => {
  it("chooses as the whole sentence does, one polyphone at a time, on nearly every fixture character", () => {
    const model = g2pmModel();
    const choice = (p: { logProbs: number[]; classes: string[] } | undefined) => p && p.classes[p.logProbs.indexOf(Math.max(...p.logProbs))];
    const long = fixtureSentences().filter((s) => [...s].length > 30);
    expect(long.length).toBeGreaterThan(100);
    let compared = 0;
    let differ = 0;
    for (const s of long) {
      const chars = [...s];
      const positions = chars.flatMap((c, i) => (model.knows(c) ? [i] : []));
      model.setWindow(Infinity);
      const whole = positions.map((p) => choice(model.predict(chars, [p]).get(p)));
      model.setWindow();
      positions.forEach((p, k) => {
        compared++;
        if (choice(model.predict(chars, [p]).get(p)) !== whole[k]) differ++;
      });
    }
    expect(compared).toBeGreaterThan(1000);
    expect(differ / compared).toBeLessThan(0.003);
  });
});

describe("the stored WebAssembly kernel", () => {
  it("is exactly what the emitter in lstm-wasm.ts makes (else run scripts/g2pm/emit-kernel.ts)", () => {
    expect(Buffer.from(LSTM_WASM_BASE64, "base64").equals(Buffer.from(lstmWasmBytes()))).toBe(true);
  });
});
