// Issue 11 point 7: the Anki export survives Anki's importer (quotes, tabs, line breaks, leading #),
// and CSV meant for spreadsheets cannot carry formulas.
import { describe, expect, it } from "vitest";
import { makeUser } from "../support/db";
import { request } from "../support/http";
import { makeNote } from "../support/make-notes";
import { readAnkiText } from "../support/anki-text-reader";
import { ankiField, spreadsheetCsvField } from "@/lib/server/export/csv-fields";
import * as notesExport from "@/app/api/notes/export/route";

const NOTES = [
  { text: "#坚持", pinyin: "jiān chí", meaning: "to persist" },
  { text: "和平", pinyin: "hé píng", meaning: '"peace" (as in "peaceful coexistence")' },
  { text: "发展", pinyin: "fā zhǎn", meaning: "development; to develop" },
  { text: "合作", pinyin: "hé zuò", meaning: "=HYPERLINK(\"https://evil.example\",\"click\")" },
  { text: "共赢", pinyin: "gòng yíng", meaning: "win-win\tcooperation\nsecond line" },
  { text: "+86", pinyin: "", meaning: "-1 @home" },
  { text: "引号", pinyin: "yǐn hào", meaning: 'ends with a quote"' },
];

describe("Anki export", () => {
  it("reads back every note intact the way Anki's importer reads it", async () => {
    const user = await makeUser();
    let t = Date.UTC(2026, 0, 1);
    for (const n of NOTES) await makeNote(user.id, { ...n, createdAt: new Date((t += 60_000)) });
    const res = await notesExport.GET(await request("/api/notes/export", { userId: user.id }), { params: Promise.resolve({}) });
    const records = readAnkiText(await res.text());
    expect(records).toHaveLength(NOTES.length);
    expect(records.map((r) => ({ text: r[0], pinyin: r[1], meaning: r[2] }))).toEqual(NOTES);
  });

  it("quotes a field only when Anki would misread it, doubling quotes", () => {
    expect(ankiField("#坚持")).toBe('"#坚持"');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
    expect(ankiField("a\tb")).toBe('"a\tb"');
    expect(ankiField("plain text, with comma")).toBe("plain text, with comma");
    expect(ankiField("中#文")).toBe("中#文");
  });
});

describe("CSV for spreadsheets", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+86 10 1234", "'+86 10 1234"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=cmd", "'\t=cmd"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["Li, Hua", '"Li, Hua"'],
    ["王芳", "王芳"],
  ])("writes %j as %j", (value, expected) => {
    expect(spreadsheetCsvField(value)).toBe(expected);
  });
});
