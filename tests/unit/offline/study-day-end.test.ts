import { describe, expect, it } from "vitest";
import { studyDayEnd } from "@/components/review/local-queue";

const day = { end: "2026-03-10T20:00:00.000Z" };
const at = (iso: string) => Date.parse(iso);

describe("studyDayEnd", () => {
  it("is the queue's own day end while that day lasts", () => {
    expect(studyDayEnd(day, at("2026-03-10T08:00:00Z"))).toBe(at("2026-03-10T20:00:00Z"));
    expect(studyDayEnd(day, at("2026-03-10T19:59:59.999Z"))).toBe(at("2026-03-10T20:00:00Z"));
  });

  it("moves on by whole days once the device is past the rollover (offline overnight)", () => {
    expect(studyDayEnd(day, at("2026-03-10T20:00:00Z"))).toBe(at("2026-03-11T20:00:00Z"));
    expect(studyDayEnd(day, at("2026-03-11T07:30:00Z"))).toBe(at("2026-03-11T20:00:00Z"));
    expect(studyDayEnd(day, at("2026-03-13T21:00:00Z"))).toBe(at("2026-03-14T20:00:00Z"));
  });
});
