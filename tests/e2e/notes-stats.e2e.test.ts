import { afterAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { sharedBrowser, newPage, PHONE, signIn } from "./support/browser";

const browser = sharedBrowser();
const baseUrl = inject("baseUrl");

afterAll(async () => {
  if (process.env.DATABASE_URL) await (await import("@/lib/server/db")).getDb().$disconnect();
});

const shot = async (page: Page, name: string) => {
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/${name}.png`, fullPage: true });
};

async function signUp(page: Page) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Notes Tester");
  await page.getByLabel("E-mail").fill(`e2e-notes-${randomUUID()}@test.local`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/lessons");
}

describe("notes, stats and settings in the browser", () => {
  it("saves a note, finds it by toneless pinyin, suspends a card; stats and settings work (phone)", async () => {
    const { context, page } = await newPage(browser(), baseUrl, PHONE);
    await signUp(page);

    const status = await page.evaluate(async () => {
      const res = await fetch("/api/notes", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "人类", kind: "word" }) });
      return res.status;
    });
    expect(status).toBe(201);

    await page.goto("/notes");
    await page.getByRole("searchbox", { name: "Search notes" }).fill("renlei");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL("**/notes?q=renlei**");
    const result = page.locator('[data-note-text="人类"]');
    await expect.poll(() => result.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.goto("/notes?q=nothing-like-this");
    await expect.poll(() => page.getByText("No notes match this search.").isVisible()).toBe(true);
    await page.goto("/notes?q=renlei");
    await page.locator('[data-note-text="人类"]').click();
    await page.waitForURL(/\/notes\/[0-9a-f-]{36}$/);

    const card = page.locator('[data-card-type="RECOGNITION"]');
    await card.getByRole("button", { name: "Suspend" }).click();
    await expect.poll(() => card.locator("[data-card-status]").textContent()).toMatch(/^Suspended/);
    await expect.poll(() => card.getByRole("button", { name: "Unsuspend" }).isVisible()).toBe(true);

    await page.goto("/stats");
    await expect.poll(() => page.locator("[data-heatmap] > div").count()).toBeGreaterThanOrEqual(365);
    await expect.poll(() => page.locator('[data-chart="card-counts"] svg.recharts-surface').count()).toBe(1);
    await expect.poll(() => page.getByText("Nothing due in the next 30 days.").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.goto("/settings");
    const retention = page.getByLabel("Desired retention");
    await retention.fill("1.5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.locator('[data-field-error="desiredRetention"]').textContent()).toBe("Desired retention must be at most 0.99");
    await retention.fill("0.85");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.getByText("Settings saved.").isVisible()).toBe(true);
    await page.reload();
    expect(await page.getByLabel("Desired retention").inputValue()).toBe("0.85");
    await expect.poll(() => page.getByText(/Optimizing needs at least 400 reviews: 400 more to go/).isVisible()).toBe(true);
    await shot(page, "settings-phone");
    await context.close();
  });

  it("charts a learner's history on /stats (desktop)", async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    const { makeUser } = await import("../support/db");
    const { makeLog, makeNote } = await import("../support/make-notes");
    const { db } = await import("@/lib/server/db");
    const user = await makeUser({ password: "a long enough password" });
    const now = Date.now();
    const { cards } = await makeNote(user.id, { text: "和平", cardTypes: ["RECOGNITION", "RECALL", "LISTENING"] });
    for (let i = 0; i < 3; i++) {
      await db.card.update({ where: { id: cards[i].id }, data: { state: 2, due: new Date(now + (i + 2) * 86_400_000) } });
      await makeLog(user.id, cards[i].id, { review: new Date(now - (i + 1) * 86_400_000), rating: i === 0 ? 1 : 3, state: 2, durationMs: 8_000 });
    }
    const { context, page } = await newPage(browser(), baseUrl);
    await signIn(page, user.email, "a long enough password");
    await page.goto("/stats");
    await expect.poll(() => page.locator('[data-chart="forecast"] .recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator("[data-heatmap] [data-count='1']").count()).toBe(3);
    const retention = await page.locator('[data-stat="retention"]').textContent();
    expect(retention).toContain("66.7%");
    expect(retention).toContain("2 / 3 passed");
    await shot(page, "stats-desktop");
    await page.goto(`/notes`);
    await shot(page, "notes-desktop");
    await context.close();
  });
});
