// The bad inputs of offline review on a phone: a full device, no IndexedDB at all, two tabs
// reviewing at once, and a study day that ends while the phone is offline. In each, every answer
// reaches the server exactly once and the learner is told what is happening.
import { afterAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { PASSWORD } from "./support/accounts";
import { sharedBrowser } from "./support/browser";
import { answer, cardId, cardsShown, notices, openReview, phoneContext, progress, recordCardsShown, signUpWithCards, syncStatus, WAIT } from "./support/review-phone";

const browser = sharedBrowser();
const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
});

async function learner(email: string) {
  const { db } = await import("@/lib/server/db");
  return db.user.findUniqueOrThrow({ where: { email } });
}

async function logCount(userId: string): Promise<number> {
  const { db } = await import("@/lib/server/db");
  return db.reviewLog.count({ where: { userId } });
}

describe("offline review: bad inputs", () => {
  it("a full device keeps answers in the tab, says so, and sends them when back online", async () => {
    const context = await phoneContext(browser(), baseUrl);
    // A full device: once `__deviceFull` is set, every IndexedDB write fails as Chromium fails it
    // when the origin is over its quota.
    await context.addInitScript(() => {
      for (const method of ["add", "put"] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if ((globalThis as { __deviceFull?: boolean }).__deviceFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return original.apply(this, args);
        };
      }
    });
    const page = await context.newPage();
    const user = await learner(await signUpWithCards(page, "Full Phone"));
    await openReview(page);
    await answer(page);
    await expect.poll(() => logCount(user.id), WAIT).toBe(1);

    await page.evaluate(() => ((globalThis as { __deviceFull?: boolean }).__deviceFull = true));
    await context.setOffline(true);
    const offline = [await answer(page), await answer(page)];
    await expect.poll(() => notices(page), WAIT).toContainEqual(expect.stringContaining("Device storage is full or unavailable"));
    await expect.poll(() => syncStatus(page), WAIT).toContain("2 answers waiting to sync (offline); kept in this tab only");

    await context.setOffline(false);
    await expect.poll(() => logCount(user.id), WAIT).toBe(3);
    await expect.poll(() => syncStatus(page), WAIT).toMatch(/synced just now/);
    const { db } = await import("@/lib/server/db");
    const logged = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" } });
    expect(logged.slice(1).map((l) => l.cardId)).toEqual(offline);
    await context.close();
  });

  it("without IndexedDB (private mode) answers are kept in the tab and synced, and the learner is told", async () => {
    const context = await phoneContext(browser(), baseUrl);
    await context.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true }));
    const page = await context.newPage();
    const user = await learner(await signUpWithCards(page, "Private Mode"));
    await openReview(page);
    await expect.poll(() => notices(page), WAIT).toContainEqual(expect.stringContaining("does not let us keep answers on the device"));
    await answer(page);
    await expect.poll(() => logCount(user.id), WAIT).toBe(1);

    await context.setOffline(true);
    await answer(page);
    await answer(page);
    await expect.poll(() => syncStatus(page), WAIT).toContain("2 answers waiting to sync (offline); kept in this tab only");
    await context.setOffline(false);
    await expect.poll(() => logCount(user.id), WAIT).toBe(3);
    await expect.poll(() => syncStatus(page), WAIT).toMatch(/synced just now/);
    await context.close();
  });

  it("a grade given before the device store has opened is kept and counted, not dropped; so is Space before hydration", async () => {
    const context = await phoneContext(browser(), baseUrl);
    const page = await context.newPage();
    const user = await learner(await signUpWithCards(page, "Quick Thumb"));
    // A slow device: IndexedDB takes 2 s to open, so the page is interactive well before its store.
    await context.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory["open"]>) {
        const request = open.apply(this, args);
        const add = request.addEventListener.bind(request);
        request.addEventListener = ((type: string, fn: (e: Event) => void, opts?: AddEventListenerOptions) =>
          add(type, (e: Event) => (type === "success" ? setTimeout(() => fn.call(request, e), 2000) : fn.call(request, e)), opts)) as typeof request.addEventListener;
        return request;
      };
    });
    await page.goto("/review");
    const first = await cardId(page);
    expect(first).toBeTruthy();
    await page.getByRole("article", { name: "Card" }).tap();
    await page.getByRole("button", { name: /^Easy \(/ }).tap();
    await expect.poll(() => cardId(page), WAIT).not.toBe(first);
    await expect.poll(() => logCount(user.id), WAIT).toBe(1);
    const { db } = await import("@/lib/server/db");
    expect((await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } })).cardId).toBe(first);

    // Space pressed before the page has even hydrated shows the answer once it has. (Same learner:
    // the suite's sign-ups stay within the per-IP limit.) The page's scripts arrive 2 s after its
    // HTML, from the network: the service worker, which would serve them from its cache, goes.
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    });
    let delayed = 0;
    await context.route("**/_next/static/**/*.js", async (route) => {
      delayed++;
      await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    });
    await page.goto("/review", { waitUntil: "commit" });
    await expect.poll(() => page.getByRole("article", { name: "Card" }).isVisible(), WAIT).toBe(true);
    expect(await page.getByTestId("answer").isVisible()).toBe(false);
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByTestId("answer").isVisible(), WAIT).toBe(true);
    expect(delayed).toBeGreaterThan(0); // the scripts were held back: the key came before hydration
    await context.close();
  });

  it("two tabs reviewing at once never show a card the other answered, and each answer counts once", async () => {
    const context = await phoneContext(browser(), baseUrl);
    const a = await context.newPage();
    const user = await learner(await signUpWithCards(a, "Two Tabs"));
    await openReview(a);
    const b = await context.newPage();
    await openReview(b);
    expect(await cardId(b)).toBe(await cardId(a));

    await context.setOffline(true);
    const again = await answer(a, "Again"); // comes back later today, in both tabs
    await expect.poll(() => cardId(b), WAIT).not.toBe(again);
    const answered = [await answer(b), await answer(a), await answer(b)];
    await expect.poll(() => syncStatus(a), WAIT).toContain("4 answers waiting to sync");
    await expect.poll(() => syncStatus(b), WAIT).toContain("4 answers waiting to sync");
    for (const tab of [a, b]) await expect.poll(() => progress(tab), WAIT).toBe("Left today: 4 new, 1 learning, 0 to review");

    // A reload offline (either tab wrote the device's queue last) still has the learning card and none answered.
    await recordCardsShown(context);
    await a.reload();
    await expect.poll(() => cardId(a), WAIT).toBeTruthy();
    expect((await cardsShown(a)).filter((id) => answered.includes(id))).toEqual([]);
    await expect.poll(() => progress(a), WAIT).toBe("Left today: 4 new, 1 learning, 0 to review");

    const posts: string[] = [];
    // (Sends that reached the server: a retry tried while still offline fails at once.)
    for (const tab of [a, b]) tab.on("requestfinished", (r) => r.method() === "POST" && r.url().includes("/api/review/answers") && posts.push(r.url()));
    await context.setOffline(false);
    await expect.poll(() => logCount(user.id), WAIT).toBe(4);
    for (const tab of [a, b]) await expect.poll(() => syncStatus(tab), WAIT).not.toContain("waiting");
    const { db } = await import("@/lib/server/db");
    const logged = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" } });
    expect(logged.map((l) => l.cardId)).toEqual([again, ...answered]);
    expect(posts.length).toBe(1);
    for (const tab of [a, b]) expect((await notices(tab)).join(" ")).not.toMatch(/not counted|Not saved/);
    await context.close();
  });

  it("Undo in a tab takes back that tab's own last answer, not a later answer given in another tab", async () => {
    const context = await phoneContext(browser(), baseUrl);
    const a = await context.newPage();
    const user = await learner(await signUpWithCards(a, "Undo Tabs"));
    await openReview(a);
    const b = await context.newPage();
    await openReview(b);
    const inA = await answer(a);
    await expect.poll(() => cardId(b), WAIT).not.toBe(inA);
    const inB = await answer(b);
    await expect.poll(() => logCount(user.id), WAIT).toBe(2);

    await a.getByRole("button", { name: "Undo" }).tap();
    await expect.poll(() => cardId(a), WAIT).toBe(inA);
    await expect.poll(() => logCount(user.id), WAIT).toBe(1);
    const { db } = await import("@/lib/server/db");
    expect((await db.reviewLog.findMany({ where: { userId: user.id } })).map((l) => l.cardId)).toEqual([inB]);
    await context.close();
  });

  it("a study day that ends while offline is announced, and the new day's queue loads when the network is back", async () => {
    const context = await phoneContext(browser(), baseUrl);
    await context.clock.install({ time: Date.now() });
    const page = await context.newPage();
    const user = await learner(await signUpWithCards(page, "Night Train"));
    await openReview(page);
    const yesterday = await answer(page);
    await expect.poll(() => logCount(user.id), WAIT).toBe(1);

    await context.setOffline(true);
    const offline = await answer(page);
    expect(await page.getByTestId("day-over").count()).toBe(0);
    // The phone stays offline past the end of the study day (the page's clock moves a day on).
    await context.clock.fastForward("25:00:00");
    await expect.poll(() => page.getByTestId("day-over").isVisible(), WAIT).toBe(true);
    await page.reload();
    await expect.poll(() => cardId(page), WAIT).toBeTruthy();
    await expect.poll(() => page.getByTestId("day-over").isVisible(), WAIT).toBe(true);
    await expect.poll(() => syncStatus(page), WAIT).toContain("1 answer waiting to sync");
    // Reviewing goes on in the new day, still offline: a card answered Again comes back within it.
    const again = await answer(page, "Again");
    await expect.poll(() => progress(page), WAIT).toMatch(/, 1 learning,/);

    // A word saved on another device meanwhile: only a new queue from the server can hold it.
    const { db } = await import("@/lib/server/db");
    const { saveNote } = await import("@/lib/server/notes/save-note");
    const friend = await saveNote({ userId: user.id, text: "朋友", kind: "word", now: new Date() });
    await context.setOffline(false);
    await expect.poll(() => logCount(user.id), WAIT).toBe(3);
    await expect.poll(() => page.getByTestId("day-over").count(), WAIT).toBe(0);
    const logged = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" } });
    // (Sorted: the page clock, a day ahead of the server, makes the server redate the offline answers.)
    expect(logged.map((l) => l.cardId).sort()).toEqual([yesterday, offline, again].sort());
    // The queue on screen is the server's queue of now, not the device's old one: it holds the word
    // saved meanwhile and none of the answered cards. (Its size depends on the server's view of the
    // redated answer: dated the day before, it no longer keeps its note's other cards buried.)
    const server = await page.evaluate(async () => {
      const pack = (await (await fetch("/api/review/pack", { cache: "no-store" })).json()) as { queue: { cards: { id: string; noteId: string; state: number }[] } };
      return pack.queue.cards;
    });
    expect(server.some((c) => c.noteId === friend.note.id)).toBe(true);
    expect(server.filter((c) => c.id === yesterday || c.id === offline)).toEqual([]);
    expect(server.find((c) => c.id === again)?.state).toBe(1);
    const count = (states: number[]) => server.filter((c) => states.includes(c.state)).length;
    await expect.poll(() => progress(page), WAIT).toBe(`Left today: ${count([0])} new, ${count([1, 3])} learning, ${count([2])} to review`);
    expect(count([0])).toBeGreaterThan(5); // the five untouched words and 朋友 at least: not the device's old queue of 5 new
    await context.close();
  });
  it("a device clock eight hours slow: no false new day, and the server dates the answers by its own clock", async () => {
    const context = await phoneContext(browser(), baseUrl);
    await context.clock.install({ time: Date.now() - 8 * 3_600_000 });
    const page = await context.newPage();
    const user = await learner(await signUpWithCards(page, "Slow Clock"));
    await openReview(page);
    const online = await answer(page);
    await expect.poll(() => logCount(user.id), WAIT).toBe(1);
    await context.setOffline(true);
    const offline = [await answer(page), await answer(page)];
    await expect.poll(() => syncStatus(page), WAIT).toContain("2 answers waiting to sync (offline)");
    await context.setOffline(false);
    await expect.poll(() => logCount(user.id), WAIT).toBe(3);
    const { db } = await import("@/lib/server/db");
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" } });
    expect(logs.map((l) => l.cardId)).toEqual([online, ...offline]);
    for (const l of logs) expect(Math.abs(l.review.getTime() - Date.now())).toBeLessThan(5 * 60_000);
    expect(await page.getByTestId("day-over").count()).toBe(0);
    expect((await notices(page)).join(" ")).not.toMatch(/not counted|Not saved/);
    await context.close();
  });

  it("a session that ends while offline keeps the answers, asks to sign in, and sends them after signing in again", async () => {
    const context = await phoneContext(browser(), baseUrl);
    const page = await context.newPage();
    const email = await signUpWithCards(page, "Long Tunnel");
    const user = await learner(email);
    await openReview(page);
    await context.setOffline(true);
    const answered = [await answer(page), await answer(page)];
    await expect.poll(() => syncStatus(page), WAIT).toContain("2 answers waiting to sync (offline)");

    // Meanwhile the session ends on the server (expired, or signed out everywhere).
    const { db } = await import("@/lib/server/db");
    await db.userSession.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    await context.setOffline(false);
    await expect.poll(() => syncStatus(page), WAIT).toContain("2 answers waiting to sync (signed out)");
    expect(await logCount(user.id)).toBe(0);

    // Signing in again sends them, once each; the answered cards do not come back.
    await page.getByRole("link", { name: "Sign in to send them" }).click();
    await page.waitForURL("**/signin**");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/review");
    await expect.poll(() => logCount(user.id), WAIT).toBe(2);
    await expect.poll(() => syncStatus(page), WAIT).toMatch(/synced just now/);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" } });
    expect(logs.map((l) => l.cardId)).toEqual(answered);
    expect(answered).not.toContain(await cardId(page));
    await context.close();
  });

  it("an outbox of 500 answers is sent in order, in batches, and each answer counts once", { timeout: 180_000 }, async () => {
    const context = await phoneContext(browser(), baseUrl);
    const page = await context.newPage();
    const email = await signUpWithCards(page, "Long Journey");
    const user = await learner(email);
    // 500 cards the device answered offline (the outbox as the review page leaves it in IndexedDB).
    const { db } = await import("@/lib/server/db");
    const { newCardState } = await import("@/lib/srs/card-state");
    const base = Date.now() - 3 * 3_600_000;
    await db.note.createMany({ data: Array.from({ length: 500 }, (_, i) => ({ userId: user.id, kind: "WORD" as const, text: `词${i}`, pinyin: "cí", meaning: `word ${i}` })) });
    const notes = await db.note.findMany({ where: { userId: user.id, text: { startsWith: "词" } }, select: { id: true, text: true } });
    await db.card.createMany({ data: notes.map((n) => ({ noteId: n.id, userId: user.id, type: "RECOGNITION" as const, ...newCardState(new Date(base)) })) });
    const cards = await db.card.findMany({ where: { userId: user.id, note: { text: { startsWith: "词" } } }, select: { id: true, version: true, note: { select: { text: true } } } });
    cards.sort((a, b) => Number(a.note.text.slice(1)) - Number(b.note.text.slice(1)));
    const answers = cards.map((c, i) => ({ id: randomUUID(), cardId: c.id, rating: 3, reviewedAt: new Date(base + i * 10_000).toISOString(), durationMs: 4_000, cardVersion: c.version }));

    await openReview(page);
    await context.setOffline(true);
    await page.evaluate(
      async ({ userId, answers }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open("news-cards-review");
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const tx = db.transaction("outbox", "readwrite");
        for (const answer of answers) tx.objectStore("outbox").add({ kind: "answer", answer, userId });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { userId: user.id, answers },
    );
    await page.reload();
    await expect.poll(() => syncStatus(page), WAIT).toContain("500 answers waiting to sync (offline)");

    const batches: number[] = [];
    page.on("request", (r) => r.url().endsWith("/api/review/answers") && batches.push((JSON.parse(r.postData() ?? "{}") as { answers?: unknown[] }).answers?.length ?? 0));
    await context.setOffline(false);
    await expect.poll(() => logCount(user.id), { timeout: 120_000 }).toBe(500);
    await expect.poll(() => syncStatus(page), WAIT).toMatch(/synced just now/);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(500);
    expect(Math.max(...batches)).toBeLessThanOrEqual(50);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { review: "asc" }, select: { cardId: true } });
    expect(logs.map((l) => l.cardId)).toEqual(answers.map((a) => a.cardId));
    await context.close();
  });
});
