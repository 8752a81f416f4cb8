// A learner on a 390×844 phone with a few word cards, for the offline review tests.
import { signUp } from "./accounts";
import { expect } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const WAIT = { timeout: 15_000 };
export const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const WORDS = ["和平", "发展", "合作", "经济", "世界", "国家", "人民", "安全"];

export async function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE_390, baseURL, locale: "en-US" });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Signs up a new learner with eight word notes; returns their e-mail. */
export async function signUpWithCards(page: Page, name: string): Promise<string> {
  const email = await signUp(page, name, "phone");
  for (const text of WORDS) {
    const s = await page.evaluate(async (t) => (await fetch("/api/notes", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: t, kind: "word" }) })).status, text);
    expect(s).toBe(201);
  }
  return email;
}

/** Opens /review and waits until the service worker controls it (so it opens offline too). */
export async function openReview(page: Page): Promise<void> {
  await page.goto("/review");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // A page loaded while its worker was still activating can miss the worker's clients.claim() and
  // stay uncontrolled with the worker active (seen in CI on a fast machine: "activated", controller
  // null for 40 s). A learner's next visit is controlled; here the page is loaded again.
  const controlled = () => page.evaluate(() => !!navigator.serviceWorker.controller);
  try {
    await expect.poll(controlled, WAIT).toBe(true);
  } catch {
    await page.reload();
    await expect.poll(controlled, WAIT).toBe(true);
  }
  await expect.poll(() => cardId(page), WAIT).toBeTruthy();
}

export const cardId = (page: Page) => page.getByRole("article", { name: "Card" }).getAttribute("data-card-id");
export const syncStatus = (page: Page) => page.getByTestId("sync-status").textContent();
export const progress = (page: Page) => page.getByTestId("progress").getAttribute("aria-label");
export const notices = (page: Page) => page.getByRole("status").allTextContents();

/** Reveals the card on screen and answers it (Easy: a new card then leaves for days); returns its id. */
export async function answer(page: Page, button: "Again" | "Easy" = "Easy"): Promise<string> {
  const id = (await cardId(page))!;
  await page.getByRole("article", { name: "Card" }).tap();
  await page.getByRole("button", { name: new RegExp(`^${button} \\(`) }).tap();
  await expect.poll(() => cardId(page), WAIT).not.toBe(id);
  return id;
}

/**
 * Records, from the first byte of every page load, each card id the page ever shows (server HTML
 * included; a card kept hidden until the device's queue is read does not count), so a test can
 * prove an answered card never flashes up. Mutation callbacks run before every paint.
 */
export async function recordCardsShown(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cardsShown: string[] }).__cardsShown = seen;
    const check = () => {
      const el = document.querySelector("[data-card-id]");
      const id = el?.getAttribute("data-card-id");
      if (el && id && getComputedStyle(el).visibility !== "hidden" && seen.at(-1) !== id) seen.push(id);
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-card-id"] });
    // Whether the server's card was held back (hidden until the device's queue is read) as the page was parsed.
    document.addEventListener("DOMContentLoaded", () => ((window as unknown as { __heldAtStart: boolean }).__heldAtStart = !!document.getElementById("review-hold")));
  });
}
export const heldAtStart = (page: Page) => page.evaluate(() => (window as unknown as { __heldAtStart?: boolean }).__heldAtStart);
export const cardsShown = (page: Page) => page.evaluate(() => (window as unknown as { __cardsShown?: string[] }).__cardsShown ?? []);
