// The pipeline's memo caches live as long as the server or worker process: they start afresh past
// their limit instead of growing with every new word a process reads.
import { describe, expect, it } from "vitest";
import { BoundedMap } from "@/lib/text/bounded-map";

describe("BoundedMap", () => {
  it("starts afresh when a new key would pass the limit", () => {
    const m = new BoundedMap<string, number>(3);
    for (const k of ["a", "b", "c"]) m.set(k, 1);
    expect(m.size).toBe(3);
    m.set("d", 4);
    expect([...m.keys()]).toEqual(["d"]);
  });

  it("updates a key it holds without clearing, even when full", () => {
    const m = new BoundedMap<string, number>(2);
    m.set("a", 1).set("b", 2).set("a", 3);
    expect(Object.fromEntries(m)).toEqual({ a: 3, b: 2 });
  });
});

describe("clearBoundedMaps", () => {
  it("empties every BoundedMap, which then fills again as before", async () => {
    const { clearBoundedMaps } = await import("@/lib/text/bounded-map");
    const a = new BoundedMap<string, number>();
    const b = new BoundedMap<string, number>(5);
    a.set("x", 1);
    b.set("y", 2);
    clearBoundedMaps();
    expect(a.size + b.size).toBe(0);
    b.set("y", 3);
    expect(b.get("y")).toBe(3);
  });
});
