// Import a real transcript through the page, read it, look a phrase up and save it; desktop and phone.
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { sharedBrowser, newPage, PHONE, signIn } from "./support/browser";

const browser = sharedBrowser();
let lessonPath = "";

/** The reader pages (1-based) of a lesson that show a word, read from the pages' HTML. */
async function pagesWith(page: Page, lesson: string, label: string, most = 2): Promise<number[]> {
  const first = await (await page.request.get(lesson)).text();
  const count = Number(first.match(/data-pages="(\d+)"/)?.[1] ?? "1");
  const found: number[] = [];
  for (let p = 1; p <= count && found.length < most; p++) {
    const html = p === 1 ? first : await (await page.request.get(`${lesson}?page=${p}`)).text();
    if (html.includes(`aria-label="${label}"`)) found.push(p);
  }
  return found;
}
const baseUrl = inject("baseUrl");
const SEED = readFileSync(path.resolve(import.meta.dirname, "../fixtures/wang-yi-press-conference-2025-03-07.txt"), "utf8");
const PHRASE = '[data-tok][aria-label="人类命运共同体"]';


describe("lesson reader", () => {
  it("imports the seed transcript, toggles pinyin, looks up and saves a phrase (desktop)", async () => {
    const { context, page } = await newPage(browser(), baseUrl);
    await signIn(page, "learner@demo.local", "demo-learner");

    await page.goto("/lessons/new");
    // Refused input is explained next to the field.
    await page.getByLabel("Transcript").fill("This is English, not a Chinese transcript at all.");
    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => page.locator('[data-field-error="text"]').textContent()).toMatch(/doesn't look like Chinese text/);

    await page.getByLabel("Transcript").fill(SEED);
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL(/\/lessons\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    lessonPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("王毅就中国外交政策和对外关系回答中外记者提问");
    // Long lessons are paged: the first page holds the opening sentences and says where it is.
    expect(await page.locator("[data-sentence]").count()).toBeGreaterThan(10);
    await expect.poll(() => page.locator("[data-pages]").first().textContent()).toMatch(/^Page 1 of \d+$/);

    // Pinyin on → off → on.
    const rt = page.locator("[data-reader-text] rt").first();
    await expect.poll(() => rt.isVisible()).toBe(true);
    const pinyin = page.getByRole("button", { name: "Pinyin", exact: true });
    await pinyin.click();
    await expect.poll(() => rt.isVisible()).toBe(false);
    await expect.poll(() => pinyin.getAttribute("aria-pressed")).toBe("false");
    // The choice survives a reload (localStorage).
    await page.reload();
    await expect.poll(() => page.locator("[data-reader-text] rt").first().isVisible()).toBe(false);
    await page.getByRole("button", { name: "Pinyin", exact: true }).click();
    await expect.poll(() => page.locator("[data-reader-text] rt").first().isVisible()).toBe(true);

    // Tap the phrase (on the first page that shows it): the popover explains it from the glossary.
    const phrasePages = await pagesWith(page, lessonPath, "人类命运共同体");
    expect(phrasePages.length).toBe(2);
    await page.goto(`${lessonPath}?page=${phrasePages[0]}`);
    await page.locator(PHRASE).first().click();
    const dialog = page.getByRole("dialog", { name: "人类命运共同体" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.locator("[data-glossary]").textContent()).toMatch(/community with a shared future for mankind/i);
    await dialog.getByRole("button", { name: "Add phrase" }).click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toBe("Saved ✓");

    // Escape closes it and gives focus back to the word; arrow keys move to the next word.
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("人类命运共同体");
    await page.keyboard.press("ArrowRight");
    const next = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(next).toBeTruthy();
    expect(next).not.toBe("人类命运共同体");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("dialog", { name: next! }).isVisible()).toBe(true);

    // Reopened, here or elsewhere in the lesson or after a reload, the phrase says it is saved.
    await page.keyboard.press("Escape");
    await page.getByRole("link", { name: "Next →" }).first().click();
    await page.waitForURL(new RegExp(`\\?page=${phrasePages[0] + 1}$`));
    await page.goto(`${lessonPath}?page=${phrasePages[1]}`);
    await page.locator(PHRASE).first().click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toBe("Already saved");
    await page.reload();
    await page.locator(PHRASE).first().click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toBe("Already saved");
    expect(await dialog.getByRole("button", { name: "Add phrase" }).count()).toBe(0);
    await context.close();
  });

  it("shows a word no dictionary has by its parts, labelled as such, and saves it with them", async () => {
    const { context, page } = await newPage(browser(), baseUrl);
    await signIn(page, "learner@demo.local", "demo-learner");
    await page.goto("/lessons/new");
    await page.getByLabel("Transcript").fill("老师：同学们，今天给我们唱首歌吧。学生：好的，我们一起唱。");
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL(/\/lessons\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await page.locator('[data-tok][aria-label="唱首歌"]').first().click();
    const dialog = page.getByRole("dialog", { name: "唱首歌" });
    await expect.poll(() => dialog.locator("[data-context-gloss]").textContent()).toBe("Its parts: 唱 to sing · 首 (measure word for poems, songs etc) · 歌 song");
    await expect.poll(() => dialog.locator("[data-no-gloss]").textContent()).toBe("No dictionary entry for the whole word.");
    await dialog.getByRole("button", { name: "Add word" }).click();
    await expect.poll(() => dialog.getByRole("status").textContent()).toBe("Saved ✓");
    await context.close();
  });

  it("reads traditional input: names open, the script switch shows simplified", async () => {
    const { context, page } = await newPage(browser(), baseUrl);
    await signIn(page, "learner@demo.local", "demo-learner");
    await page.goto("/lessons/new");
    await page.getByLabel("Transcript").fill(readFileSync(path.resolve(import.meta.dirname, "../fixtures/texts/words-traditional.txt"), "utf8"));
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL(/\/lessons\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    // 們 is written (.w) with 们 beside it (.a) for the switch; only one of them is visible.
    const written = page.locator('[data-tok][aria-label="我們"] .w').first();
    const other = page.locator('[data-tok][aria-label="我們"] .a').first();
    await expect.poll(() => written.isVisible()).toBe(true);
    expect(await written.textContent()).toBe("們");
    expect(await other.isVisible()).toBe(false);

    // A name is tappable and looked up through its simplified form.
    await page.locator('[data-tok][aria-label="中華人民共和國"]').first().click();
    const dialog = page.getByRole("dialog", { name: "中華人民共和國" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.textContent()).toMatch(/Name/);
    await expect.poll(() => dialog.textContent()).toMatch(/People's Republic of China/);
    await page.keyboard.press("Escape");

    // The switch shows the simplified characters, and back.
    const toggle = page.getByRole("button", { name: "简体 Simplified" });
    await toggle.click();
    await expect.poll(() => other.isVisible()).toBe(true);
    expect(await other.textContent()).toBe("们");
    expect(await written.isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => written.isVisible()).toBe(true);
    await context.close();
  });

  it("shows the word as a bottom sheet on a phone", async () => {
    expect(lessonPath).not.toBe("");
    const { context, page } = await newPage(browser(), baseUrl, PHONE);
    await signIn(page, "learner@demo.local", "demo-learner");
    await page.goto("/lessons");
    await expect.poll(() => page.getByRole("link", { name: "王毅就中国外交政策和对外关系回答中外记者提问" }).count()).toBeGreaterThanOrEqual(2);
    await page.goto(`${lessonPath}?page=${(await pagesWith(page, lessonPath, "人类命运共同体", 1))[0]}`);
    await page.locator(PHRASE).first().tap();
    const dialog = page.getByRole("dialog", { name: "人类命运共同体" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(375);
    expect(Math.round(box.y + box.height)).toBe(740);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await context.close();
  });

  it("answers anyone else with the not-found page", async () => {
    expect(lessonPath).not.toBe("");
    const { context, page } = await newPage(browser(), baseUrl);
    await signIn(page, "teacher@demo.local", "demo-teacher");
    const res = await page.goto(lessonPath);
    expect(res?.status()).toBe(404);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Not found");
    expect(await page.locator("[data-tok]").count()).toBe(0);
    await context.close();
  });
});
