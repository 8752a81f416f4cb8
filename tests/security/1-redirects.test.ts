// Issue 11 point 1: redirect targets after sign-in stay on our origin, however they are spelled.
import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGNIN, safeRedirectPath, safeRedirectUrl } from "@/lib/server/auth/safe-redirect";
import { buildAuthOptions } from "@/lib/server/auth/options";

// Each of these, written into Location or location.assign(), leaves the site in some browser.
const HOSTILE = [
  "//evil.example/x",
  "/\\evil.example/x",
  "\\\\evil.example/x",
  "\\/evil.example/x",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/%09/evil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "https://evil.example/x",
  "http:evil.example",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "//evil.example@app.example/",
  "///evil.example",
  "/.//evil.example",
  "evil.example/x",
  "\u2028//evil.example",
  "/\u0000/evil.example",
  "",
];

describe("redirect targets (safeRedirectPath)", () => {
  it.each(HOSTILE.map((h) => [JSON.stringify(h), h]))("refuses %s", (_label, target) => {
    const result = safeRedirectPath(target);
    expect(result).toBe(DEFAULT_AFTER_SIGNIN);
    // And whatever comes out resolves to our own origin in a browser-grade URL parser.
    expect(new URL(result, "https://app.example").origin).toBe("https://app.example");
  });

  it("has at least 20 hostile forms in its table", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ["/notes", "/notes"],
    ["/notes?q=%E4%B8%AD&page=2", "/notes?q=%E4%B8%AD&page=2"],
    ["/lessons/123#s4", "/lessons/123#s4"],
    ["/classes/../review", "/review"],
  ])("keeps the same-origin path %s", (target, expected) => {
    expect(safeRedirectPath(target)).toBe(expected);
  });

  it("next-auth's redirect callback keeps our own absolute URLs and sends everything else home", async () => {
    const redirect = buildAuthOptions().callbacks!.redirect!;
    const baseUrl = "https://app.example";
    expect(await redirect({ url: "https://app.example/notes?q=1", baseUrl })).toBe("https://app.example/notes?q=1");
    expect(await redirect({ url: "/review", baseUrl })).toBe("https://app.example/review");
    for (const url of ["https://evil.example/", "/\\evil.example/x", "//evil.example", "https://app.example.evil.example/"]) {
      expect(await redirect({ url, baseUrl })).toBe(`https://app.example${DEFAULT_AFTER_SIGNIN}`);
    }
    expect(safeRedirectUrl("https://app.example//evil.example", baseUrl)).toBe(`https://app.example${DEFAULT_AFTER_SIGNIN}`);
  });
});
