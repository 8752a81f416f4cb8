import { describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { sharedBrowser, newPage, PHONE, signIn } from "./support/browser";

const browser = sharedBrowser();
const baseUrl = inject("baseUrl");
// Server actions re-render the page; on a loaded machine that takes longer than expect.poll's default second.
const WAIT = { timeout: 15_000 };


describe("classes in the browser", () => {
  it("the demo teacher sees the demo class dashboard and creates a class; the demo learner joins it with the code typed in lower case", async () => {
    const teacher = await newPage(browser(), baseUrl);
    const page = teacher.page;
    await signIn(page, "teacher@demo.local", "demo-teacher");
    await page.goto("/classes");
    await page.getByRole("link", { name: /Demo class/ }).click();
    await page.waitForURL(/\/classes\/[0-9a-f-]{36}$/);
    const classUrl = page.url();
    await expect.poll(() => page.getByTestId("join-code").textContent(), WAIT).toBe("DEMO2025");
    const dashboard = page.getByRole("region", { name: "Class progress" });
    await expect.poll(() => dashboard.getByRole("rowheader").first().textContent(), WAIT).toContain("Demo Learner");
    await expect.poll(() => dashboard.getByRole("columnheader").nth(2).textContent(), WAIT).toContain("王毅");
    // The demo learner has saved nothing from the demo lesson yet.
    await expect.poll(() => dashboard.getByTestId("progress-row").first().textContent(), WAIT).toContain("not started");

    // A new class, and its code.
    await page.goto("/classes");
    const name = `E2E class ${randomUUID().slice(0, 6)}`;
    await page.getByRole("button", { name: "Create class" }).click();
    await expect.poll(() => page.locator('[data-field-error="name"]').textContent(), WAIT).toBe("Enter a class name");
    await page.getByLabel("Class name").fill(name);
    await page.getByRole("button", { name: "Create class" }).click();
    const codeLocator = page.getByTestId("new-join-code");
    await expect.poll(() => codeLocator.textContent(), WAIT).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const code = (await codeLocator.textContent())!;
    await expect.poll(() => page.getByRole("link", { name: new RegExp(name) }).count(), WAIT).toBeGreaterThan(0);
    await teacher.context.close();

    // The learner, in a fresh browser context, on a phone.
    const learner = await newPage(browser(), baseUrl, PHONE);
    const lp = learner.page;
    await signIn(lp, "learner@demo.local", "demo-learner");
    await lp.goto("/classes");
    await expect.poll(() => lp.getByTestId("member-class").filter({ hasText: "Demo class" }).count(), WAIT).toBe(1);
    await lp.getByLabel("Join code").fill("zzzzzzzz");
    await lp.getByRole("button", { name: "Join", exact: true }).click();
    await expect.poll(() => lp.locator('[data-field-error="code"]').textContent(), WAIT).toBe("No class with this code");

    await lp.getByLabel("Join code").fill(code.toLowerCase());
    await lp.getByRole("button", { name: "Join", exact: true }).click();
    await expect.poll(() => lp.getByTestId("member-class").filter({ hasText: name }).count(), WAIT).toBe(1);
    const scrollWidth = await lp.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);

    // The learner cannot open the dashboard.
    const res = await lp.goto(classUrl);
    expect(res?.status()).toBe(404);
    await learner.context.close();
  });

  it("a teacher in Beijing assigns the demo lesson with a due date in their own time zone, renames, regenerates the code and deletes the class", async () => {
    const context = await browser().newContext({ ...PHONE, baseURL: baseUrl, locale: "en-US", timezoneId: "Asia/Shanghai" });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await signIn(page, "teacher@demo.local", "demo-teacher");
    await page.goto("/classes");
    // On a phone the dashboard is one card per member.
    await page.getByRole("link", { name: /Demo class/ }).click();
    await expect.poll(() => page.getByTestId("progress-card").first().textContent(), WAIT).toContain("Demo Learner");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.goto("/classes");
    const name = `Beijing ${randomUUID().slice(0, 6)}`;
    await page.getByLabel("Class name").fill(name);
    await page.getByRole("button", { name: "Create class" }).click();
    await page.getByRole("link", { name }).first().click();
    await page.waitForURL(/\/classes\/[0-9a-f-]{36}$/);
    const classId = new URL(page.url()).pathname.split("/").pop()!;
    const code = await page.getByTestId("join-code").textContent();

    // A due date in the past is refused with a field error; nothing is assigned.
    await page.getByLabel("Lesson", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Due", { exact: true }).fill("2020-01-01T09:00");
    await page.getByRole("button", { name: "Assign" }).click();
    await expect.poll(() => page.locator('[data-field-error="dueAt"]').textContent(), WAIT).toBe("The due date must be in the future");

    // 18:30 on 15 June 2030 in Beijing (UTC+8) is 10:30 UTC.
    await page.getByLabel("Due", { exact: true }).fill("2030-06-15T18:30");
    await page.getByRole("button", { name: "Assign" }).click();
    await expect.poll(() => page.getByRole("button", { name: "Unassign" }).count(), WAIT).toBe(1);
    const progress = async () => (await (await page.request.get(`/api/classes/${classId}/progress`)).json()) as { class: { name: string; joinCode: string; assignments: { dueAt: string }[] } };
    expect((await progress()).class.assignments.map((a) => a.dueAt)).toEqual(["2030-06-15T10:30:00.000Z"]);
    await expect.poll(() => page.getByText(/Jun 15, 2030, 6:30\sPM/).first().isVisible(), WAIT).toBe(true);

    // The dashboard scrolls inside its own box: the page itself never gets wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.getByRole("button", { name: "Change due date" }).click();
    await page.getByLabel("New due date").fill("2030-06-20T08:00");
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(async () => (await progress()).class.assignments.map((a) => a.dueAt)).toEqual(["2030-06-20T00:00:00.000Z"]);
    await page.getByRole("button", { name: "Unassign" }).click();
    await expect.poll(async () => (await progress()).class.assignments).toEqual([]);

    await page.getByRole("textbox", { name: "Class name" }).fill(`${name} renamed`);
    await page.getByRole("button", { name: "Rename" }).click();
    await expect.poll(async () => (await progress()).class.name).toBe(`${name} renamed`);
    await page.getByRole("button", { name: "New join code" }).click();
    await expect.poll(() => page.getByTestId("join-code").textContent(), WAIT).not.toBe(code);

    await page.getByRole("button", { name: "Delete class…" }).click();
    await page.getByRole("button", { name: "Yes, delete the class" }).click();
    await page.waitForURL((u) => u.pathname === "/classes");
    expect((await page.request.get(`/api/classes/${classId}/progress`)).status()).toBe(404);
    await expect.poll(() => page.getByRole("link", { name: new RegExp(name) }).count(), WAIT).toBe(0);
    await context.close();
  });
});
