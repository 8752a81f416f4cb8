import { afterAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { joinDemoClass, signUp } from "./support/accounts";
import { sharedBrowser, newPage, PHONE } from "./support/browser";

const browser = sharedBrowser();
const WAIT = { timeout: 10_000 };
const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
});

describe("review in the browser", () => {
  it("adds a word in the reader, reviews it with the keyboard and sees the next due date", async () => {
    const { db } = await import("@/lib/server/db");
    const { context, page } = await newPage(browser(), baseUrl);
    const email = await signUp(page, "Li Lei", "review");

    // Join the demo class (its lesson becomes readable) straight in the database.
    const { user, klass } = await joinDemoClass(email);
    // The study day ends twelve hours from now, so the card learnt ten minutes ahead is still due
    // today whatever the clock says (near 04:00 UTC its step fell into the next day).
    const dayStartHour = (new Date().getUTCHours() + 12) % 24;
    await db.schedulingSettings.upsert({ where: { userId: user.id }, create: { userId: user.id, timeZone: "UTC", dayStartHour }, update: { timeZone: "UTC", dayStartHour } });

    await page.goto("/review");
    await expect.poll(() => page.getByRole("region", { name: "Nothing to review" }).isVisible(), WAIT).toBe(true);

    await page.goto(`/lessons/${klass.assignments[0].lessonId}`);
    const token = page.locator('[data-tok][data-kind="word"]').first();
    await token.click();
    const word = (await page.getByRole("dialog").getAttribute("aria-label"))!;
    expect(word).toMatch(/\p{Script=Han}/u);
    await page.getByRole("button", { name: "Add word" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Saved" }).isVisible(), WAIT).toBe(true);

    await page.goto("/review");
    const packs: string[] = [];
    page.on("request", (r) => r.url().includes("/api/review/pack") && packs.push(r.url()));
    const card = page.getByRole("article", { name: "Card" });
    await expect.poll(() => card.textContent(), WAIT).toContain(word);
    await expect.poll(() => page.getByTestId("progress").getAttribute("aria-label"), WAIT).toBe("Left today: 1 new, 0 learning, 0 to review");
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByTestId("answer").isVisible(), WAIT).toBe(true);
    await expect.poll(() => page.getByRole("button", { name: "Good (10m)" }).isVisible(), WAIT).toBe(true);
    await page.keyboard.press("3");

    // New → learning (10 minutes): with nothing else left it comes back at once (learn-ahead), then graduates.
    await expect.poll(() => page.getByTestId("progress").getAttribute("aria-label"), WAIT).toBe("Left today: 0 new, 1 learning, 0 to review");
    // The answer is sent and its returned card carries on in the queue: no new queue is fetched.
    await expect.poll(() => db.reviewLog.count({ where: { userId: user.id } }), WAIT).toBe(1);
    await expect.poll(() => page.getByTestId("sync-status").textContent(), WAIT).toMatch(/synced just now/);
    await page.waitForTimeout(500);
    expect(packs).toEqual([]);
    await page.keyboard.press("Space");
    await page.keyboard.press("3");
    await expect.poll(() => page.getByTestId("next-due").textContent(), WAIT).toMatch(/^Next review: (in \d+ minutes?|later today at \d\d:\d\d|tomorrow|in \d+ days)$/);
    expect(await page.getByTestId("reviewed-count").textContent()).toBe("2");
    // Answers are saved in the background (the summary does not wait for the network).
    await expect.poll(() => db.reviewLog.count({ where: { userId: user.id } }), WAIT).toBe(2);

    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" } });
    expect(logs.map((l) => [l.rating, l.state])).toEqual([
      [3, 0],
      [3, 1],
    ]);
    await context.close();
  });

  it("on a phone: tap to reveal, grade buttons above the tab bar, and Undo takes the answer back", async () => {
    const { db } = await import("@/lib/server/db");
    const { context, page } = await newPage(browser(), baseUrl, PHONE);
    const email = `review-phone-${randomUUID()}@test.local`;
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Han Meimei");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/lessons");
    const status = await page.evaluate(async () => {
      const res = await fetch("/api/notes", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "和平", kind: "word" }) });
      return res.status;
    });
    expect(status).toBe(201);

    await page.goto("/review");
    await page.getByRole("article", { name: "Card" }).tap();
    const again = page.getByRole("button", { name: /^Again \(/ });
    await expect.poll(() => again.isVisible(), WAIT).toBe(true);
    const tabBar = (await page.getByRole("navigation", { name: "Main (mobile)" }).boundingBox())!;
    for (const name of [/^Again \(/, /^Hard \(/, /^Good \(/, /^Easy \(/]) {
      const box = (await page.getByRole("button", { name }).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(tabBar.y + 1);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await again.tap();
    await expect.poll(() => page.getByTestId("progress").getAttribute("aria-label"), WAIT).toBe("Left today: 0 new, 1 learning, 0 to review");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await expect.poll(() => db.reviewLog.count({ where: { userId: user.id } }), WAIT).toBe(1);
    await page.getByRole("button", { name: "Undo" }).tap();
    await expect.poll(() => page.getByTestId("progress").getAttribute("aria-label"), WAIT).toBe("Left today: 1 new, 0 learning, 0 to review");
    await expect.poll(() => db.reviewLog.count({ where: { userId: user.id } }), WAIT).toBe(0);
    expect((await db.card.findFirstOrThrow({ where: { userId: user.id, type: "RECOGNITION" } })).state).toBe(0);
    await context.close();
  });
});
