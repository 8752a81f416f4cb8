import { describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { sharedBrowser, newPage, PHONE, signIn } from "./support/browser";

const browser = sharedBrowser();
const baseUrl = inject("baseUrl");


describe("accounts in the browser", () => {
  it("signs up, signs out and signs in again (phone)", async () => {
    const { context, page } = await newPage(browser(), baseUrl, PHONE);
    const email = `e2e-${randomUUID()}@test.local`;
    await page.goto("/signup");

    // Field-level errors, nothing created.
    await page.getByLabel("Name").fill("Wang Fang");
    await page.getByLabel("E-mail").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.locator('[data-field-error="email"]').textContent()).toBe("Enter a valid e-mail address");
    await expect.poll(() => page.locator('[data-field-error="password"]').textContent()).toBe("Use at least 10 characters");

    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/lessons");
    // The phone tab bar is there and the desktop links are hidden.
    await expect.poll(() => page.getByRole("navigation", { name: "Main (mobile)" }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("navigation", { name: "Main", exact: true }).isVisible()).toBe(false);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL("**/signin**");
    await page.goto("/lessons");
    await page.waitForURL("**/signin**");

    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill("the wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.locator("form [role=alert]").textContent()).toContain("Wrong e-mail or password.");

    await signIn(page, email, "a long enough password");
    expect(new URL(page.url()).pathname).toBe("/lessons");
    await context.close();
  });

  it("the demo learner can sign in on a desktop and sees the main navigation", async () => {
    const { context, page } = await newPage(browser(), baseUrl);
    await signIn(page, "learner@demo.local", "demo-learner");
    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    for (const label of ["Lessons", "Review", "Notes", "Classes", "Stats"]) {
      await expect.poll(() => nav.getByRole("link", { name: label }).isVisible()).toBe(true);
    }
    await context.close();
  });
});
