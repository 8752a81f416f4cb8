import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildLessonInThread, lessonBuilderVocabulary, stopLessonBuilder, warmLessonBuilder } from "@/lib/server/jobs/build-in-thread";
import { buildLesson } from "@/lib/text/build-lesson";

// The worker builds lessons in a thread that runs the pipeline from a cached esbuild bundle
// (lib/server/jobs/lesson-builder-thread.mjs, scripts/bundle-cache.mjs), not from the sources
// this test imports: the two must build the same lesson.

// The thread reads it when it starts: three vocabulary texts rather than the default fifty.
process.env.LESSON_WARM_WORDS = "3000";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CURRENT = path.join(ROOT, ".data", "cli", "lib_server_jobs_lesson-builder-thread", "current.json");

afterAll(() => stopLessonBuilder());

describe("the lesson builder thread", () => {
  it("builds from the bundle the same lesson as the sources, with its stages reported", async () => {
    const text = "記者：中俄關係如何？\n王毅：中方願同各方一道，推動構建人類命運共同體。2025年3月7日，我們得加強合作。";
    const stages = new Set<string>();
    const draft = await buildLessonInThread(text, { title: "T", onStage: (stage) => stages.add(stage) });
    expect(draft).toEqual(buildLesson(text, { title: "T" }));
    expect(draft.script).toBe("traditional");
    expect(stages.has("pinyin")).toBe(true);
    const current = JSON.parse(fs.readFileSync(CURRENT, "utf8")) as { build: string; main: string; inputs: Record<string, string> };
    expect(Object.keys(current.inputs)).toEqual(expect.arrayContaining(["lib/text/build-lesson.ts", "lib/text/pinyin.ts", "lib/server/jobs/lesson-builder-thread.ts"]));
    expect(fs.existsSync(path.join(path.dirname(CURRENT), current.build, current.main))).toBe(true);
  }, 60_000);

  it("warms up when started (the demo transcript built once), and a build asked for meanwhile waits and comes out right", async () => {
    await stopLessonBuilder();
    const warming = warmLessonBuilder();
    const text = "王毅：中方愿同各方一道，推动构建人类命运共同体。";
    const built = buildLessonInThread(text, { onStage: () => {} });
    const warmUp = await warming;
    expect(warmUp.chars).toBe(fs.readFileSync(path.join(ROOT, "prisma", "seed-data", "wang-yi-press-conference-2025-03-07.txt"), "utf8").length);
    expect(warmUp.ms).toBeGreaterThan(0);
    expect(await built).toEqual(buildLesson(text));
  }, 60_000);

  it("then works out the commonest words between jobs: a build asked for meanwhile comes out the same", async () => {
    await stopLessonBuilder();
    await warmLessonBuilder();
    const vocabulary = lessonBuilderVocabulary();
    const text = "本报讯：2025年，我国粮食产量再创新高，达到14130亿斤，农民收入稳步增长。";
    const built = await buildLessonInThread(text, { onStage: () => {} });
    expect(built).toEqual(buildLesson(text));
    expect(await vocabulary).toMatchObject({ texts: 3 });
    expect((await vocabulary).ms).toBeGreaterThan(0);
    expect(await buildLessonInThread(text, { onStage: () => {} })).toEqual(built);
  }, 60_000);
});
