// The whole teacher → student loop through the real pages: a teacher creates a class, a new learner
// joins with the code, the teacher assigns a lesson with a due date, the learner opens the
// assignment (its items become cards) and reviews, and the teacher's dashboards show it.
import { afterAll, describe, expect, inject, it } from "vitest";
import { randomUUID } from "node:crypto";
import { joinClass, signUp } from "./support/accounts";
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
    const email = await signUp(sp, "Zhou Xin", "flow");
    await joinClass(sp, code, className);
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
  // Issue 9's whole loop with a lesson of the teacher's own: imported with its English, corrected,
  // assigned; the student's sentence card shows the English, and the teacher sees the hardest item.
  it("a teacher imports a text with its English and fixes a word; the student reviews a sentence card with the English; the teacher sees retention and the hardest item", { timeout: 360_000 }, async () => {
    const { db } = await import("@/lib/server/db");
    const CHINESE = [
      "两国外长昨天在北京举行会谈。",
      "双方就双边关系和共同关心的国际问题深入交换了意见。",
      "双方同意加强在经济、贸易和气候变化领域的务实合作。",
      "中方愿同各方一道，推动地区局势缓和。",
      "我们呼吁有关国家停止单边制裁，通过对话协商解决分歧。",
    ];
    const ENGLISH = [
      "The foreign ministers of the two countries held talks in Beijing yesterday.",
      "The two sides had an in-depth exchange of views on bilateral relations and international issues of common concern.",
      "The two sides agreed to strengthen practical cooperation in the economy, trade and climate change.",
      "China is ready to work with all parties to ease tensions in the region.",
      "We call on the countries concerned to stop unilateral sanctions and to resolve differences through dialogue and consultation.",
    ];
    const GLOSS = "cooperation (our class's gloss)";

    const teacher = await newPage(browser(), baseUrl);
    const tp = teacher.page;
    await signIn(tp, "teacher@demo.local", "demo-teacher");
    const title = `外长会谈 ${randomUUID().slice(0, 6)}`;
    await tp.goto("/lessons/new");
    await tp.getByLabel("Transcript").fill(CHINESE.join(""));
    await tp.getByText("English version").first().click();
    await tp.getByLabel("English version").fill(ENGLISH.join(" "));
    await tp.getByLabel("Title").fill(title);
    await tp.getByLabel("Me and the members of my classes", { exact: false }).check();
    await tp.getByRole("button", { name: "Import" }).click();
    await tp.waitForURL(/\/lessons\/[0-9a-f-]{36}$/, SLOW);
    const lessonId = new URL(tp.url()).pathname.split("/").pop()!;
    const sentences = await db.sentence.findMany({ where: { lessonId }, orderBy: { index: "asc" }, select: { text: true, translation: true } });
    expect(sentences.map((x) => x.text)).toEqual(CHINESE);
    expect(sentences.map((x) => x.translation)).toEqual(ENGLISH);

    // The teacher corrects a word's gloss in the editor; the edit is kept in the history.
    await tp.goto(`/lessons/${lessonId}/edit`);
    await tp.locator('[data-sentence-editor="2"] [data-token="合作"]').click();
    const editor = tp.getByTestId("token-editor");
    await editor.getByLabel("Gloss (English)").fill(GLOSS);
    await editor.getByRole("button", { name: "Save word" }).click();
    await expect.poll(() => tp.getByTestId("edit-history").textContent(), WAIT).toContain("Word, sentence 3");

    // A class, a student who joins it, and the lesson assigned with its words from HSK 1 up.
    await tp.goto("/classes");
    const className = `English ${randomUUID().slice(0, 6)}`;
    await tp.getByLabel("Class name").fill(className);
    await tp.getByRole("button", { name: "Create class" }).click();
    await expect.poll(() => tp.getByTestId("new-join-code").textContent(), WAIT).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const code = (await tp.getByTestId("new-join-code").textContent())!;

    const student = await newPage(browser(), baseUrl);
    const sp = student.page;
    const email = await signUp(sp, "Wang Fang", "english");
    await joinClass(sp, code, className);
    const user = await db.user.findUniqueOrThrow({ where: { email } });

    await tp.getByRole("link", { name: className }).first().click();
    await tp.waitForURL(/\/classes\/[0-9a-f-]{36}$/);
    const classId = new URL(tp.url()).pathname.split("/").pop()!;
    await tp.reload();
    await tp.getByLabel("Lesson", { exact: true }).selectOption({ label: title });
    await tp.getByLabel("Due", { exact: true }).fill("2030-06-15T18:30");
    await tp.getByLabel("Words from").selectOption("1");
    await tp.getByRole("button", { name: "Assign" }).click();
    await expect.poll(() => tp.getByRole("link", { name: "Items & retention" }).count(), WAIT).toBe(1);
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId }, include: { items: true } });
    // The corrected gloss is what the class is given.
    expect(assignment.items.find((i) => i.text === "合作")?.meaning).toBe(GLOSS);

    // The student reads the lesson (shared with the class) and saves a sentence, then opens the assignment.
    await sp.goto(`/lessons/${lessonId}`);
    await expect.poll(() => sp.getByRole("heading", { level: 1 }).textContent(), WAIT).toBe(title);
    const word = sp.locator('[data-sentence="4"] [data-tok]').first();
    const wordText = (await word.getAttribute("aria-label"))!;
    await word.click();
    const dialog = sp.getByRole("dialog", { name: wordText });
    await dialog.getByRole("button", { name: "Add sentence" }).click();
    await expect.poll(() => dialog.getByRole("status").last().textContent(), WAIT).toBe("Saved ✓");
    const sentenceNote = await db.note.findFirstOrThrow({ where: { userId: user.id, kind: "SENTENCE" } });
    expect(sentenceNote.meaning).toBe(ENGLISH[4]);
    await sp.goto(`/assignments/${assignment.id}`);
    await expect.poll(() => sp.getByTestId("received").textContent(), SLOW).toContain(`${assignment.items.length} items are now in your cards`);
    expect((await db.note.findFirstOrThrow({ where: { userId: user.id, text: "合作" } })).meaning).toBe(GLOSS);

    // One item was learned ten days ago (set up here as FSRS would have left it) and is due today.
    // Review: the sentence card shows the English on its back; that item is answered Again (a
    // lapse: it must come out as the item forgotten most often), every other card Good.
    const sentenceCards = new Set((await db.card.findMany({ where: { noteId: sentenceNote.id }, select: { id: true } })).map((c) => c.id));
    const learned = await db.card.findFirstOrThrow({ where: { userId: user.id, note: { text: "合作" } }, orderBy: { type: "asc" } });
    const day = 86_400_000;
    await db.card.update({
      where: { id: learned.id },
      data: { state: 2, stability: 9, difficulty: 5, reps: 1, scheduledDays: 9, lastReview: new Date(Date.now() - 10 * day), due: new Date(Date.now() - day) },
    });
    await sp.goto("/review");
    const card = sp.getByRole("article", { name: "Card" });
    const shown = () => sp.evaluate(() => document.querySelector('article[aria-label="Card"]')?.getAttribute("data-card-id") ?? null);
    let sawEnglish = false;
    let lapsed = false;
    for (let i = 0; i < 30 && !(sawEnglish && lapsed); i++) {
      await expect.poll(() => card.isVisible(), WAIT).toBe(true);
      const id = (await shown())!;
      await sp.keyboard.press("Space");
      await expect.poll(() => sp.getByTestId("answer").isVisible(), WAIT).toBe(true);
      if (sentenceCards.has(id)) {
        expect(await card.textContent()).toContain(ENGLISH[4]);
        sawEnglish = true;
      }
      if (id === learned.id) lapsed = true;
      await sp.keyboard.press(id === learned.id ? "1" : "3");
      await expect.poll(shown, WAIT).not.toBe(id);
    }
    expect(sawEnglish).toBe(true);
    expect(lapsed).toBe(true);
    await expect.poll(() => sp.getByTestId("sync-status").textContent(), WAIT).toMatch(/synced just now/);
    // The teacher's figures count the assignment's items, not the sentence the student saved.
    await expect.poll(() => sp.getByTestId("sync-status").textContent(), WAIT).toMatch(/synced just now/);
    const reviews = await db.reviewLog.count({ where: { userId: user.id, card: { noteId: { not: sentenceNote.id } } } });
    expect(reviews).toBeGreaterThan(0);

    // The teacher's retention view: the student's row, and 合作 (its lapse) as the item forgotten most often.
    await tp.goto(`/classes/${classId}/assignments/${assignment.id}`);
    const row = tp.getByTestId("retention-table").locator("tr", { hasText: "Wang Fang" });
    await expect.poll(() => row.locator("td").nth(3).textContent(), WAIT).toBe(String(reviews));
    await expect.poll(() => tp.getByTestId("hardest-items").locator("li").first().textContent(), WAIT).toContain("合作");

    await student.context.close();
    await teacher.context.close();
  });
});
