import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { NextRequest } from "next/server";
import { request, sameOriginHeaders, sessionCookie } from "../support/http";
import { makeNote } from "../support/make-notes";
import { parseWordCsv } from "@/lib/server/notes/parse-word-csv";
import * as importRoute from "@/app/api/notes/import/route";

const noParams = { params: Promise.resolve({}) };
const post = async (userId: string, csv: string, query = "") =>
  importRoute.POST(await request(`/api/notes/import${query}`, { method: "POST", userId, rawBody: csv, headers: { "content-type": "text/csv" } }), noParams);

describe("parseWordCsv", () => {
  it("reads quoted fields, tabs, CRLF and skips a header row", () => {
    expect(parseWordCsv('hanzi,pinyin,meaning\r\n人类,rén lèi,"mankind, humanity"\r\n外交,,"say ""hi""\nnext"\n\n和平\n')).toEqual([
      { row: 2, cells: ["人类", "rén lèi", "mankind, humanity"] },
      { row: 3, cells: ["外交", "", 'say "hi"\nnext'] },
      { row: 6, cells: ["和平"] },
    ]);
    expect(parseWordCsv("发展\tfā zhǎn\tdevelop")).toEqual([{ row: 1, cells: ["发展", "fā zhǎn", "develop"] }]);
  });
});

describe("POST /api/notes/import", () => {
  it("previews, then imports a good file with cards; already saved words are counted, not errors", async () => {
    const user = await makeUser();
    await makeNote(user.id, { text: "外交" });
    const csv = "\uFEFFhanzi,pinyin,meaning\n人类,rén lèi,mankind\n外交,wài jiāo,diplomacy\n和平\n人类,,again\n";
    const preview = await post(user.id, csv, "?dryRun=1");
    expect(preview.status).toBe(200);
    const { report } = await preview.json();
    expect(report).toMatchObject({ dryRun: true, rows: 4, imported: 0, errors: [], duplicates: [{ row: 3, hanzi: "外交" }, { row: 5, hanzi: "人类" }] });
    expect(report.toImport.map((r: { hanzi: string }) => r.hanzi)).toEqual(["人类", "和平"]);
    expect(report.toImport[1].pinyin).toBe("hé píng"); // filled from the dictionary
    expect(report.toImport[1].meaning).not.toBe("");
    expect(await db.note.count({ where: { userId: user.id } })).toBe(1);

    const res = await post(user.id, csv);
    expect((await res.json()).report.imported).toBe(2);
    const notes = await db.note.findMany({ where: { userId: user.id, text: { in: ["人类", "和平"] } }, include: { cards: true } });
    expect(notes).toHaveLength(2);
    expect(notes.find((n) => n.text === "人类")).toMatchObject({ pinyin: "rén lèi", meaning: "mankind", kind: "WORD" });
    expect(notes.every((n) => n.cards.length >= 2)).toBe(true);
  });

  it("accepts the file as multipart form data", async () => {
    const user = await makeUser();
    const form = new FormData();
    form.set("file", new Blob(["发展\tfā zhǎn\tto develop\n"], { type: "text/tab-separated-values" }), "words.tsv");
    const res = await importRoute.POST(new NextRequest("http://localhost:3000/api/notes/import", { method: "POST", headers: { ...sameOriginHeaders(), cookie: await sessionCookie(user.id) }, body: form }), noParams);
    expect(res.status).toBe(200);
    expect((await res.json()).report.imported).toBe(1);
    expect(await db.note.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ text: "发展", pinyin: "fā zhǎn", meaning: "to develop" });
  });

  it("refuses the whole file when any row is bad, listing each row's problem", async () => {
    const user = await makeUser();
    const csv = `人类,rén lèi,mankind\n,pinyin only\nhello,,english\n${"长".repeat(51)}\n和平\n`;
    const res = await post(user.id, csv);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.message).toBe("3 rows have problems; nothing was imported. Fix them and try again.");
    expect(body.report.errors).toEqual([
      { row: 2, reason: "empty hanzi" },
      { row: 3, reason: 'no Chinese characters in "hello"' },
      { row: 4, reason: "hanzi too long (at most 50 characters)" },
    ]);
    expect(await db.note.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.card.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses files that are not UTF-8, empty or too large", async () => {
    const user = await makeUser();
    const latin1 = await importRoute.POST(
      new NextRequest("http://localhost:3000/api/notes/import", {
        method: "POST",
        headers: { ...sameOriginHeaders(), cookie: await sessionCookie(user.id), "content-type": "text/csv" },
        body: new Uint8Array([0xe9, 0x74, 0xe9]),
      }),
      noParams,
    );
    expect(latin1.status).toBe(400);
    expect((await latin1.json()).error.message).toContain("not UTF-8");
    expect((await post(user.id, "\n\n")).status).toBe(400);
    expect((await post(user.id, "人类\n".repeat(300_000))).status).toBe(413);
    expect(await db.note.count({ where: { userId: user.id } })).toBe(0);
  });
});
