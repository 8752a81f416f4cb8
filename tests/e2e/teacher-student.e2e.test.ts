// The whole teacher → student loop through the real pages: a teacher creates a class, a new learner
// joins with the code, the teacher assigns a lesson with a due date, the learner opens the
// assignment (its items become cards) and reviews, and the teacher's dashboards show it.
import { afterAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { sharedBrowser, newPage, signIn } from "./support/browser";

const browser = sharedBrowser();
const WAIT = { timeout: 15_000 };
// Server actions that write many rows (receiving an assignment), on a machine shared by several jobs.
const SLOW = { timeout: 60_000 };
const baseUrl = inject("baseUrl");
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
});

describe("teacher and student", () => {
  it("class → join → assignment with a due date → the student reviews → the teacher sees the progress and retention", { timeout: 360_000 }, async () => {
    const { db } = await import("@/lib/server/db");

    const teacher = await newPage(browser(), baseUrl);
    const tp = teacher.page;
    await signIn(tp, "teacher@demo.local", "demo-teacher");
    await tp.goto("/classes");
    const className = `Flow ${randomUUID().slice(0, 6)}`;
    await tp.getByLabel("Class name").fill(className);
    await tp.getByRole("button", { name: "Create class" }).click();
    const codeLocator = tp.getByTestId("new-join-code");
    await expect.poll(() => codeLocator.textContent(), WAIT).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const code = (await codeLocator.textContent())!;

    const student = await newPage(browser(), baseUrl);
    const sp = student.page;
    const email = `flow-${randomUUID()}@test.local`;
    await sp.goto("/signup");
    await sp.getByLabel("Name").fill("Zhou Xin");
    await sp.getByLabel("E-mail").fill(email);
    await sp.getByLabel("Password").fill("a long enough password");
    await sp.getByRole("button", { name: "Create account" }).click();
    await sp.waitForURL("**/lessons");
    await sp.goto("/classes");
    await sp.getByLabel("Join code").fill(code);
    await sp.getByRole("button", { name: "Join", exact: true }).click();
    await expect.poll(() => sp.getByTestId("member-class").filter({ hasText: className }).count(), WAIT).toBe(1);
    await expect.poll(() => sp.getByTestId("member-class").filter({ hasText: className }).textContent(), WAIT).toContain("No lessons assigned yet");

    // The teacher sees the learner in the class and assigns the demo lesson, due 15 June 2030, items from HSK 7–9.
    await tp.getByRole("link", { name: className }).first().click();
    await tp.waitForURL(/\/classes\/[0-9a-f-]{36}$/);
    const classId = new URL(tp.url()).pathname.split("/").pop()!;
    await tp.reload();
    const dashboard = tp.getByRole("region", { name: "Class progress" });
    await expect.poll(() => dashboard.getByTestId("progress-row").filter({ hasText: "Zhou Xin" }).count(), WAIT).toBe(1);
    await tp.getByLabel("Lesson", { exact: true }).selectOption({ index: 1 });
    await tp.getByLabel("Due", { exact: true }).fill("2030-06-15T18:30");
    await tp.getByLabel("Words from").selectOption("7");
    await tp.getByRole("button", { name: "Assign" }).click();
    await expect.poll(() => tp.getByRole("link", { name: "Items & retention" }).count(), WAIT).toBe(1);
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId }, include: { _count: { select: { items: true } } } });
    const itemCount = assignment._count.items;
    expect(itemCount).toBeGreaterThan(0);

    // The learner sees the assignment with its due date, opens it: its items become their cards.
    await sp.reload();
    const mine = sp.getByTestId("member-class").filter({ hasText: className });
    await expect.poll(() => mine.textContent(), WAIT).toMatch(/due .*2030/);
    await mine.getByRole("link", { name: "Words & progress" }).click();
    await sp.waitForURL(`**/assignments/${assignment.id}`);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await expect.poll(() => db.note.count({ where: { userId: user.id, lessonId: assignment.lessonId } }), SLOW).toBe(itemCount);
    await expect.poll(() => sp.getByTestId("received").textContent(), SLOW).toContain(`${itemCount} items are now in your cards`);

    // The learner reviews three cards with the keyboard (Good each time).
    await sp.getByRole("link", { name: "Review now" }).click();
    await sp.waitForURL("**/review");
    const card = sp.getByRole("article", { name: "Card" });
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => card.isVisible(), WAIT).toBe(true);
      await sp.keyboard.press("Space");
      await expect.poll(() => sp.getByTestId("answer").isVisible(), WAIT).toBe(true);
      await sp.keyboard.press("3");
      // The next card (or the summary) replaces the answered one before the next key press.
      await expect.poll(() => sp.getByTestId("answer").isVisible(), WAIT).toBe(false);
    }
    await expect.poll(() => db.reviewLog.count({ where: { userId: user.id } }), WAIT).toBe(3);
    const reviewedItems = (
      await db.reviewLog.findMany({ where: { userId: user.id }, select: { card: { select: { noteId: true } } } })
    ).reduce((set, l) => set.add(l.card.noteId), new Set<string>()).size;

    // The learner's own figures on the assignment.
    await sp.goto(`/assignments/${assignment.id}`);
    const own = sp.getByTestId("own-figures");
    await expect.poll(() => own.textContent(), WAIT).toContain(`Reviews in 7 days3`);
    await expect.poll(() => own.textContent(), WAIT).toContain(`(${reviewedItems}/${itemCount})`);

    // The teacher's class dashboard: the learner's activity and the lesson's cell.
    await tp.goto(`/classes/${classId}`);
    const row = tp.getByRole("region", { name: "Class progress" }).getByTestId("progress-row").filter({ hasText: "Zhou Xin" });
    await expect.poll(() => row.textContent(), WAIT).toContain("3 reviews in 7 d");
    await expect.poll(() => row.textContent(), WAIT).toMatch(new RegExp(`Words${itemCount}Reviews 7 d3`));

    // The assignment's retention view: what the learner retains, and the items reviewed so far.
    await tp.getByRole("link", { name: "Items & retention" }).click();
    await tp.waitForURL(`**/classes/${classId}/assignments/${assignment.id}`);
    const studentRow = tp.getByTestId("retention-table").locator("tr", { hasText: "Zhou Xin" });
    await expect.poll(() => studentRow.locator("td").allTextContents(), WAIT).toEqual([
      "Zhou Xin",
      `${Math.round((reviewedItems / itemCount) * 100)}% (${reviewedItems}/${itemCount})`,
      String(itemCount),
      "3",
      "0",
    ]);
    // The learner did not allow teachers to see their e-mail.
    expect(await studentRow.textContent()).not.toContain(email);
    await expect.poll(() => tp.getByTestId("weakest-items").locator("li").count(), WAIT).toBe(reviewedItems);
    await expect.poll(() => tp.getByTestId("weakest-items").textContent(), WAIT).toContain("(1 students)");

    await student.context.close();
    await teacher.context.close();
  });
});
