import { NextResponse, type NextRequest } from "next/server";
import { assertStorable, authedRoute } from "@/lib/server/auth/guard";
import { AppError } from "@/lib/errors";
import { importWords, MAX_IMPORT_BYTES } from "@/lib/server/notes/import-words";

async function fileBytes(req: NextRequest): Promise<Uint8Array> {
  if (Number(req.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 10_000) throw tooLarge();
  if ((req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const file = (await req.formData().catch(() => null))?.get("file");
    if (!file || typeof file === "string") throw new AppError("INVALID_INPUT", 'Attach the CSV file as the form field "file".');
    return new Uint8Array(await file.arrayBuffer());
  }
  return new Uint8Array(await req.arrayBuffer());
}

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "The file is larger than 1 MB. Split it into smaller files.");

/** Body: the CSV itself (text/csv) or multipart with a "file" field. `?dryRun=1` only checks. */
export const POST = authedRoute(async (req, { user }) => {
  const bytes = await fileBytes(req);
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    throw new AppError("INVALID_INPUT", "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.");
  }
  assertStorable(text, "The file");
  const dryRun = ["1", "true"].includes(req.nextUrl.searchParams.get("dryRun") ?? "");
  const report = await importWords({ userId: user.id, text, dryRun });
  if (!dryRun && report.errors.length > 0) {
    const message = `${report.errors.length} row${report.errors.length === 1 ? " has" : "s have"} problems; nothing was imported. Fix them and try again.`;
    return NextResponse.json({ error: { code: "INVALID_INPUT", message }, report }, { status: 400 });
  }
  return NextResponse.json({ report });
}, { accepts: ["text/csv", "multipart/form-data"] });
