// "I know this" from the reader's word sheet on a phone (and its Undo), and the HSK level chosen in
// Settings, which the lesson's "Study this lesson" list then uses.
import { afterAll, describe, expect, inject, it } from "vitest";
import { joinDemoClass, signUp } from "./support/accounts";
import { sharedBrowser, newPage } from "./support/browser";
import { PHONE_390, WAIT } from "./support/review-phone";

const browser = sharedBrowser();
const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
});

describe("I know this, in the reader", () => {
  it("marks a tapped word known, shows it in the text and the counts, and undoes it; Settings sets the HSK level", async () => {
    const { db } = await import("@/lib/server/db");
    const { context, page } = await newPage(browser(), baseUrl, PHONE_390 as never);
    const email = await signUp(page, "Chen Jing", "known");
    const { user, klass } = await joinDemoClass(email);
    const lessonId = klass.assignments[0].lessonId;

    await page.goto(`/lessons/${lessonId}`);
    const setAside = page.locator('[data-word-counts] [data-count="ignored"]');
    expect(await setAside.count()).toBe(0);
    const token = page.locator('[data-tok][data-kind="word"][data-status="new"]').first();
    const word = (await token.getAttribute("aria-label"))!;
    const inText = page.locator(`[data-tok][aria-label="${word}"]`).first();
    await token.tap();
    const sheet = page.getByRole("dialog", { name: word });
    await sheet.getByRole("button", { name: "I know this" }).tap();
    await expect.poll(() => sheet.getByRole("status").filter({ hasText: "Marked as known" }).count(), WAIT).toBe(1);
    await expect.poll(() => inText.getAttribute("data-status"), WAIT).toBe("ignored");
    await expect.poll(() => setAside.first().textContent(), WAIT).toBe("1 set aside");
    expect(await db.ignoredWord.findMany({ where: { userId: user.id }, select: { text: true, reason: true } })).toEqual([{ text: word, reason: "KNOWN" }]);

    await sheet.getByRole("button", { name: "Undo" }).tap();
    await expect.poll(() => inText.getAttribute("data-status"), WAIT).toBe("new");
    await expect.poll(() => sheet.getByRole("button", { name: "I know this" }).count(), WAIT).toBe(1);
    expect(await db.ignoredWord.count({ where: { userId: user.id } })).toBe(0);
    await expect.poll(() => setAside.count(), WAIT).toBe(0);

    // Marked again, then reopened after a reload: the sheet says it is set aside, with Undo.
    await sheet.getByRole("button", { name: "I know this" }).tap();
    await expect.poll(() => inText.getAttribute("data-status"), WAIT).toBe("ignored");
    await page.reload();
    await page.locator(`[data-tok][aria-label="${word}"]`).first().tap();
    await expect.poll(() => page.getByRole("dialog", { name: word }).getByRole("status").filter({ hasText: "Set aside" }).count(), WAIT).toBe(1);

    // The HSK level, chosen in Settings, is the study list's.
    await page.goto("/settings");
    await page.getByLabel("I know words up to").selectOption("4");
    await expect.poll(() => page.getByText("Saved.").count(), WAIT).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).hskLevel).toBe(4);
    await page.reload();
    expect(await page.getByLabel("I know words up to").inputValue()).toBe("4");
    await page.goto(`/lessons/${lessonId}`);
    const panel = page.locator("[data-study-panel]");
    await panel.locator("summary").tap();
    expect(await panel.getByLabel(/Words above/).inputValue()).toBe("4");
    const levels = await panel.locator("[data-study-item]").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
    for (const text of levels) expect(text).not.toMatch(/HSK [1-4]\b/);
    await context.close();
  });
});
