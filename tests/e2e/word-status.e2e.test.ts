// Word status in the reader on a phone: the learner adds the top 10 of "Study this lesson" and
// sees those words change from new (dotted) to learning (solid) in the text.
import { afterAll, describe, expect, inject, it } from "vitest";
import { joinDemoClass, signUp } from "./support/accounts";
import { sharedBrowser, newPage } from "./support/browser";

const browser = sharedBrowser();
const WAIT = { timeout: 30_000 };
const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = inject("databaseUrl");
/** The underline drawn under a token: its border style, or "none" when no border is drawn. */
const underline = (el: Element) => {
  const cs = getComputedStyle(el);
  return cs.borderBottomWidth === "0px" ? "none" : cs.borderBottomStyle;
};
const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

afterAll(async () => {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
});

describe("word status and Study this lesson", () => {
  it("adds the top 10 from the panel on a 390×844 phone and the text shows them as learning", async () => {
    const { db } = await import("@/lib/server/db");
    const { context, page } = await newPage(browser(), baseUrl, PHONE_390 as never);
    // The machine running the suite may be busy; this test is about behaviour, not speed.
    context.setDefaultTimeout(60_000);
    const email = await signUp(page, "Wang Fang", "status");
    const { user, klass } = await joinDemoClass(email);
    const lessonId = klass.assignments[0].lessonId;

    await page.goto(`/lessons/${lessonId}`);
    // A new learner: every word is new, none learning or known; the legend explains the lines.
    await expect.poll(() => page.locator('[data-word-counts] [data-count="learning"]').textContent(), WAIT).toBe("0 learning");
    expect(await page.locator('[data-word-counts] [data-count="known"]').textContent()).toBe("0 known");
    expect(await page.locator("[data-status-legend]").textContent()).toMatch(/dotted: new.*solid: learning/);
    expect(await page.locator('[data-tok][data-status="learning"]').count()).toBe(0);
    // Particles and names carry no status.
    expect(await page.locator('[data-tok][aria-label="的"][data-status]').count()).toBe(0);

    const panel = page.locator("[data-study-panel]");
    await panel.locator("summary").click();
    const items = panel.locator("[data-study-item]");
    await expect.poll(() => items.count(), WAIT).toBeGreaterThanOrEqual(10);
    const listed = await items.evaluateAll((els) =>
      els.slice(0, 10).map((e) => [e.getAttribute("data-study-item")!, e.querySelector("[data-word-page]")?.getAttribute("data-word-page") ?? null] as const),
    );
    const top10 = listed.map(([text]) => text);
    // The list covers the whole lesson; the reader shows one page of it, and a word on another page
    // links there.
    expect(await page.locator("[data-pages]").first().getAttribute("data-pages")).not.toBe("1");
    const here = listed.filter(([, p]) => p === null).map(([text]) => text);
    const elsewhere = listed.filter(([, p]) => p !== null) as [string, string][];
    expect(here.length).toBeGreaterThan(0);
    // Idioms and set phrases come first.
    expect(await panel.locator("[data-study-item]").first().textContent()).toMatch(/Idiom|Set phrase/);
    for (const text of here) {
      expect(await page.locator(`[data-tok][aria-label="${text}"]`).first().getAttribute("data-status")).toBe("new");
    }
    const first = page.locator(`[data-tok][aria-label="${here[0]}"]`).first();
    expect(await first.evaluate(underline)).toBe("dotted");
    if (elsewhere.length) {
      // Following a word's page link opens the page that shows it, as new.
      const [text, pageNo] = elsewhere[0];
      await panel.locator(`[data-study-item="${text}"] [data-word-page]`).click();
      await page.waitForURL(`**/lessons/${lessonId}?page=${pageNo}#s*`);
      expect(await page.locator("[data-pages]").first().getAttribute("data-page")).toBe(pageNo);
      await expect.poll(() => page.locator(`[data-tok][aria-label="${text}"]`).first().getAttribute("data-status"), WAIT).toBe("new");
      await page.goto(`/lessons/${lessonId}?page=1`);
      await panel.locator("summary").click();
    }

    await panel.getByRole("button", { name: "Add the top 10" }).click();
    await expect.poll(() => panel.getByRole("status").textContent(), WAIT).toMatch(/Added 10 words/);
    for (const text of here) {
      await expect.poll(() => page.locator(`[data-tok][aria-label="${text}"]`).first().getAttribute("data-status"), WAIT).toBe("learning");
    }
    expect(await first.evaluate(underline)).toBe("solid");
    await expect.poll(() => page.locator('[data-word-counts] [data-count="learning"]').textContent(), WAIT).toBe("10 learning");
    // One note per word, each with its sentence (so a cloze card).
    const notes = await db.note.findMany({ where: { userId: user.id }, include: { cards: { select: { type: true } } } });
    expect(notes.map((n) => n.text).sort()).toEqual([...top10].sort());
    for (const n of notes) expect(n.sentenceText).toContain(n.text);
    // The added words left the list.
    await expect.poll(() => items.evaluateAll((els) => els.map((e) => e.getAttribute("data-study-item"))), WAIT).not.toContain(top10[0]);
    // The words added from other pages show as learning on their pages.
    for (const pageNo of new Set(elsewhere.map(([, p]) => p))) {
      const other = await context.newPage();
      await other.goto(`/lessons/${lessonId}?page=${pageNo}`);
      for (const [text] of elsewhere.filter(([, p]) => p === pageNo)) {
        await expect.poll(() => other.locator(`[data-tok][aria-label="${text}"]`).first().getAttribute("data-status"), WAIT).toBe("learning");
      }
      await other.close();
    }

    // "I know this" sets a word aside: no line under it any more (a word of this page).
    const onThisPage = items.filter({ hasNot: page.locator("[data-word-page]") }).first();
    const next = (await onThisPage.getAttribute("data-study-item"))!;
    await onThisPage.getByRole("button", { name: /I know this/ }).click();
    await expect.poll(() => page.locator(`[data-tok][aria-label="${next}"]`).first().getAttribute("data-status"), WAIT).toBe("ignored");
    expect(await page.locator(`[data-tok][aria-label="${next}"]`).first().evaluate(underline)).toBe("none");

    // The switch hides the lines (and stays off after a reload); nothing overflows the phone's width.
    await page.getByRole("button", { name: "Word status" }).click();
    expect(await first.evaluate(underline)).toBe("none");
    await page.reload();
    await expect.poll(() => page.locator(`[data-tok][aria-label="${here[0]}"]`).first().evaluate(underline), WAIT).toBe("none");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The lessons list shows the same honest counts.
    await page.goto("/lessons");
    // (The row of this lesson: other lessons shared with the class may be listed above it.)
    const row = page.locator("li", { has: page.locator(`a[href="/lessons/${lessonId}"]`) });
    await expect.poll(() => row.locator('[data-word-counts] [data-count="learning"]').textContent(), WAIT).toBe("10 learning");
    await context.close();
  }, 300_000);
});
