import { readAnkiText } from "../support/anki-text-reader";
import { describe, expect, it } from "vitest";
import { makeUser } from "../support/db";
import { request } from "../support/http";
import { makeLesson, makeLog, makeNote } from "../support/make-notes";
import * as reviewsExport from "@/app/api/reviews/export/route";
import * as notesExport from "@/app/api/notes/export/route";

describe("GET /api/reviews/export", () => {
  it("is the FSRS optimizer CSV: exact header, Unix ms, state before the review, duration ms; only the caller's logs", async () => {
    const user = await makeUser();
    const other = await makeUser();
    const { cards } = await makeNote(user.id, { cardTypes: ["RECOGNITION"] });
    const { cards: foreignCards } = await makeNote(other.id, { cardTypes: ["RECOGNITION"] });
    await makeLog(user.id, cards[0].id, { review: new Date("2026-03-01T08:00:00.123Z"), rating: 1, state: 0, durationMs: 5200 });
    await makeLog(user.id, cards[0].id, { review: new Date("2026-03-04T08:00:00Z"), rating: 3, state: 2, durationMs: 3100 });
    await makeLog(other.id, foreignCards[0].id, { review: new Date("2026-03-02T08:00:00Z"), rating: 4, state: 2 });

    const res = await reviewsExport.GET(await request("/api/reviews/export", { userId: user.id }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="revlog\.csv"$/);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).trimEnd().split("\n");
    expect(lines).toEqual([
      "card_id,review_time,review_rating,review_state,review_duration",
      `${cards[0].id},${Date.parse("2026-03-01T08:00:00.123Z")},1,0,5200`,
      `${cards[0].id},${Date.parse("2026-03-04T08:00:00Z")},3,2,3100`,
    ]);
    expect(lines.join("\n")).not.toContain(foreignCards[0].id);
  });
});

describe("GET /api/notes/export", () => {
  it("writes Anki's file headers, tags kind and lesson with underscores, and quotes fields with tabs and newlines", async () => {
    const user = await makeUser();
    const lesson = await makeLesson(user.id, "Wang Yi press conference");
    await makeNote(user.id, {
      text: "人类命运共同体",
      pinyin: "rén lèi mìng yùn gòng tóng tǐ",
      meaning: "community with a shared\tfuture\nfor mankind",
      kind: "PHRASE",
      tags: ["diplomacy"],
      lessonId: lesson.id,
      sentenceText: "构建人类命运共同体。\r\n第二行",
      createdAt: new Date("2026-01-01T00:00:00Z"),
    });
    await makeNote(user.id, { text: "外交", pinyin: "wài jiāo", meaning: "diplomacy", createdAt: new Date("2026-01-02T00:00:00Z") });
    const res = await notesExport.GET(await request("/api/notes/export", { userId: user.id }), { params: Promise.resolve({}) });
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const body = await res.text();
    expect(body.split("\n").slice(0, 4)).toEqual(["#separator:tab", "#html:false", "#columns:Hanzi\tPinyin\tMeaning\tSentence\tTags", "#tags column:5"]);
    const records = readAnkiText(body);
    expect(records[0]).toEqual([
      "人类命运共同体",
      "rén lèi mìng yùn gòng tóng tǐ",
      "community with a shared\tfuture\nfor mankind",
      "构建人类命运共同体。\r\n第二行",
      "diplomacy phrase Wang_Yi_press_conference",
    ]);
    expect(records[1]).toEqual(["外交", "wài jiāo", "diplomacy", "", "word"]);
    expect(records).toHaveLength(2);
  });
});
