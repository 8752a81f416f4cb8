"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";

const MAX_BYTES = 2 * 1024 * 1024;
type BuildStage = "queued" | "cleaning" | "segmenting" | "pinyin" | "glossary" | "saving" | "done";
type Stage = { kind: "idle" } | { kind: "uploading"; percent: number } | { kind: "building"; stage: BuildStage; progress: number; retrying?: boolean };
type ApiError = { error?: { message?: string; fields?: Record<string, string> } };
type BuildView = { id: string; status: "QUEUED" | "RUNNING" | "DONE" | "FAILED"; stage: BuildStage; progress: number; lessonId: string | null; error: string | null; attempts: number };

const STAGES: { stage: BuildStage; label: string }[] = [
  { stage: "cleaning", label: "Cleaning" },
  { stage: "segmenting", label: "Segmenting" },
  { stage: "pinyin", label: "Pinyin" },
  { stage: "glossary", label: "Glossary" },
  { stage: "saving", label: "Saving" },
];
const POLL_MS = 500;

/** Polls the build the server queued until the worker finishes it. */
async function waitForLesson(buildId: string, onStage: (s: Stage) => void): Promise<{ lessonId: string } | { error: string }> {
  let failures = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    let build: BuildView;
    try {
      const res = await fetch(`/api/lessons/builds/${buildId}`, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      build = (await res.json()) as BuildView;
      failures = 0;
    } catch {
      // The server may be restarting: the build goes on in the worker, so keep asking for a while.
      if (++failures > 60) return { error: "Lost contact with the server. Your lesson is still being built: find it under Lessons in a minute." };
      continue;
    }
    if (build.status === "DONE" && build.lessonId) return { lessonId: build.lessonId };
    if (build.status === "FAILED") return { error: build.error ?? "Building the lesson failed. Please try again." };
    onStage({ kind: "building", stage: build.stage, progress: build.progress, retrying: build.attempts > 1 });
  }
}

/** Sends the form with XMLHttpRequest so the upload's real progress can be shown. */
function send(form: FormData, onStage: (s: Stage) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/lessons");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onStage({ kind: "uploading", percent: Math.round((e.loaded / e.total) * 100) });
    xhr.upload.onload = () => onStage({ kind: "building", stage: "queued", progress: 0 });
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response });
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(form);
  });
}

export function ImportForm({ canShare }: { canShare: boolean }) {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const busy = stage.kind !== "idle";

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get("file");
    const hasFile = file instanceof File && file.size > 0;
    if (!hasFile) form.delete("file");
    const englishFile = form.get("englishFile");
    if (!(englishFile instanceof File && englishFile.size > 0)) form.delete("englishFile");
    if (hasFile && file.size > MAX_BYTES) return setErrors({ text: "The file is larger than 2 MB; a lesson holds at most 200,000 characters." });
    if (!hasFile && !String(form.get("text") ?? "").trim()) return setErrors({ text: "Paste a transcript or choose a .txt file" });
    setErrors({});
    setStage({ kind: "uploading", percent: 0 });
    try {
      const { status, body } = await send(form, setStage);
      if (status === 202) {
        const outcome = await waitForLesson((body as { jobId: string }).jobId, setStage);
        if ("lessonId" in outcome) {
          setStage({ kind: "building", stage: "done", progress: 1 });
          router.push(`/lessons/${outcome.lessonId}`);
          return;
        }
        setErrors({ form: outcome.error });
        setStage({ kind: "idle" });
        return;
      }
      const err = (body as ApiError | null)?.error;
      setErrors(err?.fields ?? { form: err?.message ?? "The import failed. Please try again." });
    } catch {
      setErrors({ form: "Could not reach the server. Check your connection and try again." });
    }
    setStage({ kind: "idle" });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={busy}>
      {errors.form ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {errors.form}
        </p>
      ) : null}
      <div className="space-y-1">
        <label htmlFor="import-text" className="block text-sm font-medium text-stone-700">
          Transcript
        </label>
        <textarea
          id="import-text"
          name="text"
          rows={10}
          placeholder="粘贴新闻稿或记者会实录……"
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? "import-text-error" : "import-text-hint"}
          className={`font-han block w-full rounded-md border px-3 py-2 text-base shadow-sm focus:outline-none focus:ring-2 ${
            errors.text ? "border-red-500 focus:ring-red-300" : "border-stone-300 focus:ring-brand-100"
          }`}
        />
        {errors.text ? (
          <p id="import-text-error" role="alert" className="text-sm text-red-600" data-field-error="text">
            {errors.text}
          </p>
        ) : (
          <p id="import-text-hint" className="text-xs text-stone-500">
            Up to 200,000 characters. Or upload a file below.
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-stone-700">
          Or upload a .txt file
        </label>
        <input id="import-file" name="file" type="file" accept=".txt,text/plain" className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-2" />
        <p className="text-xs text-stone-500">UTF-8 or GB18030 (GBK) encoded; a file takes precedence over pasted text.</p>
      </div>
      <details className="rounded-md border border-stone-200 bg-white px-3 py-2" open={!!errors.english}>
        <summary className="cursor-pointer text-sm font-medium text-stone-700">
          English version <span className="font-normal text-stone-500">(optional: the official translation of the same text)</span>
        </summary>
        <div className="mt-2 space-y-2">
          <label htmlFor="import-english" className="sr-only">
            English version
          </label>
          <textarea
            id="import-english"
            name="english"
            rows={6}
            placeholder="Paste the English transcript of the same press conference, speech or white paper…"
            aria-invalid={errors.english ? true : undefined}
            aria-describedby={errors.english ? "import-english-error" : "import-english-hint"}
            className={`block w-full rounded-md border px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 ${
              errors.english ? "border-red-500 focus:ring-red-300" : "border-stone-300 focus:ring-brand-100"
            }`}
          />
          <label htmlFor="import-english-file" className="block text-sm text-stone-700">
            Or upload it as a UTF-8 .txt file
          </label>
          <input id="import-english-file" name="englishFile" type="file" accept=".txt,text/plain" className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-2" />
          {errors.english ? (
            <p id="import-english-error" role="alert" className="text-sm text-red-600" data-field-error="english">
              {errors.english}
            </p>
          ) : (
            <p id="import-english-hint" className="text-xs text-stone-500">
              Each Chinese sentence gets its English (readers show it on demand, sentence cards on their back). You can fix the pairing afterwards.
            </p>
          )}
        </div>
      </details>
      <div className="space-y-1">
        <label htmlFor="import-title" className="block text-sm font-medium text-stone-700">
          Title <span className="font-normal text-stone-500">(optional)</span>
        </label>
        <input
          id="import-title"
          name="title"
          maxLength={200}
          placeholder="Leave empty to use the title found in the text"
          className="font-han block w-full rounded-md border border-stone-300 px-3 py-2 text-base shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        {errors.title ? <p className="text-sm text-red-600">{errors.title}</p> : null}
      </div>
      {canShare ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-stone-700">Who can read it</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="visibility" value="PRIVATE" defaultChecked /> Only me
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="visibility" value="CLASSES" /> Me and the members of my classes (listed in their lessons)
          </label>
        </fieldset>
      ) : (
        <input type="hidden" name="visibility" value="PRIVATE" />
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={busy} className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-600 disabled:opacity-60">
          {busy ? "Importing…" : "Import"}
        </button>
        {stage.kind === "uploading" ? (
          <div role="status" aria-live="polite" className="flex min-w-0 flex-1 items-center gap-3 text-sm text-stone-600">
            <progress className="h-2 w-32 shrink-0" max={100} value={stage.percent} />
            <span>Uploading… {stage.percent}%</span>
          </div>
        ) : null}
        {stage.kind === "building" ? <BuildProgress stage={stage.stage} progress={stage.progress} retrying={stage.retrying} /> : null}
      </div>
    </form>
  );
}

function BuildProgress({ stage, progress, retrying }: { stage: BuildStage; progress: number; retrying?: boolean }) {
  const current = STAGES.findIndex((s) => s.stage === stage);
  const label = stage === "queued" ? "Waiting for a free worker…" : stage === "done" ? "Done: opening the lesson…" : `${STAGES[current]?.label ?? "Building"}… ${Math.round(progress * 100)}%`;
  return (
    <div role="status" aria-live="polite" data-build-stage={stage} className="min-w-0 flex-1 space-y-1 text-sm text-stone-600">
      <ol className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {STAGES.map((s, i) => {
          const state = stage === "done" || (current >= 0 && i < current) ? "done" : i === current ? "current" : "waiting";
          return (
            <li key={s.stage} data-state={state} className={state === "done" ? "text-emerald-700" : state === "current" ? "font-semibold text-stone-900" : "text-stone-400"}>
              {state === "done" ? "✓ " : ""}
              {s.label}
            </li>
          );
        })}
      </ol>
      <p>
        {label}
        {retrying ? " (retrying after an interruption)" : ""}
      </p>
    </div>
  );
}
