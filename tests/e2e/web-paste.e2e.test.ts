// A whole web page pasted into the import form: the reader shows the article without its furniture,
// says what was removed (expandable), and reads a long sentence in lines while keeping it whole.
import { describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sharedBrowser, newPage, signIn } from "./support/browser";

const browser = sharedBrowser();
const baseUrl = inject("baseUrl");
const read = (f: string) => readFileSync(path.resolve(import.meta.dirname, "../fixtures/genres", f), "utf8");

describe("web-page pastes in the reader", () => {
  it("removes page furniture, lists it under the title, and breaks a long sentence into reading lines", async () => {
    const { context, page } = await newPage(browser(), baseUrl);
    await signIn(page, "learner@demo.local", "demo-learner");

    // A paste that is only navigation is refused with a message that says so.
    await page.goto("/lessons/new");
    await page.getByLabel("Transcript").fill(read("only-navigation.txt"));
    await page.getByRole("button", { name: "Import" }).click();
    await expect.poll(() => page.locator('[data-field-error="text"]').textContent()).toMatch(/only page furniture/);

    await page.getByLabel("Transcript").fill(read("web-page-paste.txt"));
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL(/\/lessons\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("外交部发言人就中欧关系答记者问");
    const text = await page.locator("[data-reader-text]").textContent();
    expect(text).not.toMatch(/纠错|分享到|ICP|扫一扫|责任编辑/);

    const removed = page.locator("[data-dropped-lines]");
    await expect.poll(() => removed.locator("summary").textContent()).toMatch(/^13 lines removed: navigation, source line ×2, share bar/);
    await expect.poll(() => removed.locator("li").first().isVisible()).toBe(false);
    await removed.locator("summary").click();
    await expect.poll(() => removed.locator("li", { hasText: "分享到：微信 微博 QQ空间" }).textContent()).toMatch(/^share bar/);

    // The work report's list of targets (141 characters) reads in lines; the sentence stays one.
    await page.goto("/lessons/new");
    await page.getByLabel("Transcript").fill(read("work-report.txt"));
    await page.getByRole("button", { name: "Import" }).click();
    await page.waitForURL(/\/lessons\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const long = page.locator("[data-sentence]", { has: page.locator("[data-reading-part]") }).first();
    expect(await long.locator("[data-reading-part]").count()).toBe(7);
    expect(await long.getAttribute("data-stext")).toMatch(/^今年发展主要预期目标是：.*生态环境质量持续改善。$/);
    await context.close();
  });
});
