import "server-only";
import { AppError } from "@/lib/errors";
import { describeZodError } from "@/lib/server/auth/guard";
import { importLessonSchema, MAX_IMPORT_BYTES, lessonVisibilitySchema } from "@/lib/validation/lessons";

export type ImportBody = {
  source: { text: string } | { bytes: Uint8Array };
  title?: string;
  visibility?: "PRIVATE" | "CLASSES";
  english?: { text: string } | { bytes: Uint8Array };
};

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", `The upload is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a lesson holds at most 200,000 characters.`, {
    fields: { text: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a lesson holds at most 200,000 characters.` },
  });

/** The body, read at most up to the cap: a lying or missing Content-Length cannot make us buffer more. */
async function readCapped(req: Request): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function optionalString(v: FormDataEntryValue | null): string | undefined {
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
}

/**
 * POST /api/lessons accepts JSON { text, title?, visibility? } or a multipart form with `file`
 * (a .txt upload, decoded on the server) or `text`, plus `title`, `visibility` and the English
 * version as `english` (text) or `englishFile` (a UTF-8 .txt upload).
 */
export async function readImportBody(req: Request): Promise<ImportBody> {
  const bytes = await readCapped(req);
  const type = req.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { "content-type": type } }).formData();
    } catch {
      throw new AppError("INVALID_INPUT", "The form data could not be read.");
    }
    const visibility = lessonVisibilitySchema.safeParse(optionalString(form.get("visibility")) ?? "PRIVATE");
    if (!visibility.success) throw new AppError("INVALID_INPUT", "visibility must be PRIVATE or CLASSES");
    const title = optionalString(form.get("title"));
    if (title && title.length > 200) throw new AppError("INVALID_INPUT", "The title is longer than 200 characters", { fields: { title: "At most 200 characters" } });
    const file = form.get("file");
    const text = form.get("text");
    let source: ImportBody["source"];
    if (file instanceof Blob && file.size > 0) source = { bytes: new Uint8Array(await file.arrayBuffer()) };
    else if (typeof text === "string") source = { text };
    else throw new AppError("INVALID_INPUT", "Paste a transcript or choose a .txt file", { fields: { text: "Paste a transcript or choose a .txt file" } });
    const englishFile = form.get("englishFile");
    const englishText = form.get("english");
    const english =
      englishFile instanceof Blob && englishFile.size > 0
        ? { bytes: new Uint8Array(await englishFile.arrayBuffer()) }
        : typeof englishText === "string" && englishText.trim()
          ? { text: englishText }
          : undefined;
    return { source, title, visibility: visibility.data, english };
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
  const parsed = importLessonSchema.safeParse(json);
  if (!parsed.success) throw new AppError("INVALID_INPUT", describeZodError(parsed.error));
  return {
    source: { text: parsed.data.text },
    title: parsed.data.title?.trim() || undefined,
    visibility: parsed.data.visibility,
    english: parsed.data.english ? { text: parsed.data.english } : undefined,
  };
}
