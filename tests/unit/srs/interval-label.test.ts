import { describe, expect, it } from "vitest";
import { formatInterval } from "@/lib/srs/interval-label";

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe("formatInterval", () => {
  it.each([
    [0, "<1m"],
    [59 * S, "<1m"],
    [M, "1m"],
    [6 * M, "6m"],
    [10 * M, "10m"],
    [59 * M + 29 * S, "59m"],
    [59 * M + 31 * S, "1h"],
    [H, "1h"],
    [90 * M, "1.5h"],
    [23.9 * H, "23.9h"],
    [23.96 * H, "1d"],
    [D, "1d"],
    [2 * D, "2d"],
    [29 * D, "29d"],
    [30 * D, "1mo"],
    [105 * D, "3.5mo"],
    [356 * D, "11.9mo"],
    [359 * D, "1y"],
    [365 * D, "1y"],
    [438 * D, "1.2y"],
    [36500 * D, "100y"],
  ])("%i ms → %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
