// The reader on a 390×844 phone: the word sheet leaves the tapped word in sight, sits on a
// backdrop, and the phone's Back button closes it instead of leaving the lesson.
import { afterAll, describe, expect, inject, it } from "vitest";
import { sharedBrowser, signIn } from "./support/browser";

const browser = sharedBrowser();
const WAIT = { timeout: 15_000 };
const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = inject("databaseUrl");
const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

afterAll(async () => {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
});

describe("reader on a phone", () => {
  it("keeps the tapped word above the sheet, and Back closes the sheet", async () => {
    const { db } = await import("@/lib/server/db");
    const klass = await db.class.findUniqueOrThrow({ where: { joinCode: "DEMO2025" }, include: { assignments: true } });
    const lessonPath = `/lessons/${klass.assignments[0].lessonId}`;
    const context = await browser().newContext({ ...PHONE_390, baseURL: baseUrl, locale: "en-US" });
    const page = await context.newPage();
    await signIn(page, "learner@demo.local", "demo-learner");
    await page.goto("/lessons");
    await page.goto(lessonPath);

    // Toggles and the sheet's buttons are thumb-sized.
    for (const name of ["Pinyin", "Tone colours"]) expect((await page.getByRole("button", { name, exact: true }).boundingBox())!.height).toBeGreaterThanOrEqual(44);

    // A word low on the screen: where the sheet will be.
    const low = await page.evaluate(() => {
      const toks = Array.from(document.querySelectorAll<HTMLElement>('[data-tok][data-kind="word"]'));
      const i = toks.findIndex((t) => t.getBoundingClientRect().top > window.innerHeight * 0.75 && t.getBoundingClientRect().bottom < window.innerHeight - 80);
      toks[i].setAttribute("data-test-low", "");
      return toks[i].getAttribute("aria-label");
    });
    const token = page.locator("[data-test-low]");
    await token.tap();
    const sheet = page.getByRole("dialog", { name: low! });
    await expect.poll(() => sheet.isVisible(), WAIT).toBe(true);
    await page.waitForTimeout(300);
    const word = (await token.boundingBox())!;
    const box = (await sheet.boundingBox())!;
    expect(word.y).toBeGreaterThanOrEqual(56);
    expect(word.y + word.height).toBeLessThanOrEqual(box.y);
    expect(box.height).toBeLessThanOrEqual(844 / 2 + 1);
    for (const name of ["Close", "Add word", "Add sentence"]) expect((await sheet.getByRole("button", { name }).boundingBox())!.height).toBeGreaterThanOrEqual(44);

    // Back closes the sheet and stays in the lesson.
    await page.goBack();
    await expect.poll(() => sheet.count(), WAIT).toBe(0);
    expect(new URL(page.url()).pathname).toBe(lessonPath);
    // Closing with × leaves no extra history entry behind: Back then leaves the lesson.
    await token.tap();
    await expect.poll(() => sheet.isVisible(), WAIT).toBe(true);
    await sheet.getByRole("button", { name: "Close" }).tap();
    await expect.poll(() => sheet.count(), WAIT).toBe(0);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe("/lessons");
    await context.close();
  });

  it("opens the stats heatmap on this week", async () => {
    const context = await browser().newContext({ ...PHONE_390, baseURL: baseUrl, locale: "en-US" });
    const page = await context.newPage();
    await signIn(page, "learner@demo.local", "demo-learner");
    await page.goto("/stats");
    const box = page.locator("[data-heatmap]").locator("..");
    await expect.poll(() => box.count(), WAIT).toBe(1);
    // Scrolled to the right end: the last square (today) is inside the visible box.
    const [scroller, last] = await Promise.all([box.boundingBox(), page.locator("[data-heatmap] [data-day]").last().boundingBox()]);
    expect(last!.x + last!.width).toBeLessThanOrEqual(scroller!.x + scroller!.width + 1);
    expect(last!.x).toBeGreaterThanOrEqual(scroller!.x);
    await context.close();
  });
});
