// A phone on a train: /review opened online, then offline answers, a reload without network, an
// undo, and the sync when the network comes back. Runs against `next start` (production build),
// where the service worker exists.
import { afterAll, describe, expect, inject, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { sharedBrowser } from "./support/browser";
import { signUp } from "./support/accounts";
import { cardsShown, heldAtStart, recordCardsShown, signUpWithCards } from "./support/review-phone";

const browser = sharedBrowser();
const WAIT = { timeout: 15_000 };
const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = inject("databaseUrl");
const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

afterAll(async () => {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
});

async function phone(timezoneId?: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser().newContext({ ...PHONE_390, baseURL: baseUrl, locale: "en-US", timezoneId });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

const cardId = (page: Page) => page.getByRole("article", { name: "Card" }).getAttribute("data-card-id");
const status = (page: Page) => page.getByTestId("sync-status").textContent();

/** Reveals the card on screen and answers Easy (a new card then leaves for days); returns its id. */
async function answerEasy(page: Page): Promise<string> {
  const id = (await cardId(page))!;
  await page.getByRole("article", { name: "Card" }).tap();
  await page.getByRole("button", { name: /^Easy \(/ }).tap();
  await expect.poll(() => cardId(page), WAIT).not.toBe(id);
  return id;
}

describe("offline review on a phone", () => {
  it("answers offline, survives a reload without network, undoes once and syncs exactly once", async () => {
    const { db } = await import("@/lib/server/db");
    const { context, page } = await phone();
    const email = await signUpWithCards(page, "Zhang Wei");
    const user = await db.user.findUniqueOrThrow({ where: { email } });

    // Online: the service worker installs and keeps the page; one answer goes straight through.
    // Nothing answered on this device yet: the server's card shows at once, not after IndexedDB.
    await recordCardsShown(context);
    await page.goto("/review");
    await expect.poll(() => cardId(page), WAIT).toBeTruthy();
    expect(await heldAtStart(page)).toBe(false);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), WAIT).toBe(true);
    // Installable: Chromium's own check finds a manifest, icons and a service worker that serves the start URL.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    // (A test browser context is incognito, which Chromium reports; nothing else may be missing.)
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
    const manifest = await page.evaluate(async () => (await fetch("/manifest.webmanifest")).json());
    expect(manifest).toMatchObject({ start_url: "/review", display: "standalone", short_name: "News Cards" });
    expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
    for (const icon of ["/icons/icon-192.png", "/favicon.ico", "/apple-touch-icon.png"]) expect((await page.request.get(icon)).status()).toBe(200);
    const online = await answerEasy(page);
    await expect.poll(() => db.reviewLog.count({ where: { userId: user.id } }), WAIT).toBe(1);
    await expect.poll(() => status(page), WAIT).toMatch(/synced just now/);

    await context.setOffline(true);
    const answered = [online];
    for (let i = 0; i < 5; i++) answered.push(await answerEasy(page));
    await expect.poll(() => status(page), WAIT).toContain("5 answers waiting to sync");

    // Reload without network: the service worker serves the page, IndexedDB the queue. The kept
    // page was rendered with the queue of its last online load; no card answered since may show,
    // not even for a moment before the device's queue is read.
    await page.reload();
    await expect.poll(() => cardId(page), WAIT).toBeTruthy();
    expect(await heldAtStart(page)).toBe(true);
    const shown = await cardsShown(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((id) => answered.includes(id))).toEqual([]);
    await expect.poll(() => status(page), WAIT).toContain("5 answers waiting to sync");
    await expect.poll(() => page.getByTestId("progress").getAttribute("aria-label"), WAIT).toBe("Left today: 2 new, 0 learning, 0 to review");

    // Undo after the reload takes back the last offline answer: that card is on screen again.
    await page.getByRole("button", { name: "Undo" }).tap();
    await expect.poll(() => cardId(page), WAIT).toBe(answered[5]);
    await expect.poll(() => status(page), WAIT).toContain("4 answers waiting to sync");
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);

    const posts: string[] = [];
    // Requests that reached the server: a retry the page tries while still offline fails at once
    // (Playwright reports it as a request too) and sends nothing.
    page.on("requestfinished", (r) => r.method() === "POST" && r.url().includes("/api/review/") && posts.push(r.url()));
    await context.setOffline(false);
    await expect.poll(() => status(page), WAIT).toMatch(/synced just now/);
    await expect.poll(() => db.reviewLog.count({ where: { userId: user.id } }), WAIT).toBe(5);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" } });
    expect(logs.map((l) => l.cardId)).toEqual(answered.slice(0, 5));
    const undone = await db.card.findUniqueOrThrow({ where: { id: answered[5] } });
    expect(undone.state).toBe(0);
    expect(undone.due.getTime()).toBeLessThanOrEqual(Date.now());

    // The queue rebuilt from the server: the undone card is due again, no answered card comes back.
    await expect.poll(() => page.getByTestId("progress").getAttribute("aria-label"), WAIT).toBe("Left today: 3 new, 0 learning, 0 to review");
    expect(await cardId(page)).toBe(answered[5]);
    const sentBefore = posts.length;
    expect(sentBefore).toBe(1);

    // A second sync (back online again, then a reload) sends nothing.
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.reload();
    await expect.poll(() => cardId(page), WAIT).toBe(answered[5]);
    await page.waitForTimeout(1500);
    expect(posts.length).toBe(sentBefore);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(5);
    await context.close();
  });

  it("a learner signing up in Shanghai gets study days that start at 4:00 Shanghai time, with no hydration errors", async () => {
    const { db } = await import("@/lib/server/db");
    const { context, page, errors } = await phone("Asia/Shanghai");
    const email = await signUp(page, "Li Na", "offline");
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { settings: true } });
    expect(user.settings?.timeZone).toBe("Asia/Shanghai");

    await page.goto("/review");
    await expect.poll(() => page.getByTestId("next-due").textContent(), WAIT).toBe("You have no cards yet.");
    const start = await page.evaluate(async () => {
      const pack = await (await fetch("/api/review/pack")).json();
      return new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(pack.day.start));
    });
    expect(start).toBe("04:00");
    await page.goto("/stats");
    await expect.poll(() => page.getByText("Days start at 4:00 (Asia/Shanghai).").isVisible(), WAIT).toBe(true);
    // No offer to move the study day: the device is where the account says.
    await page.goto("/review");
    expect(await page.getByRole("region", { name: "Time zone" }).count()).toBe(0);
    expect(errors.filter((e) => /hydrat|#418|#423|#425/i.test(e))).toEqual([]);
    await context.close();
  });
});
