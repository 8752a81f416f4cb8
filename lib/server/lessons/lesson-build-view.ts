import type { LessonBuild } from "@/lib/generated/prisma/client";
import type { DroppedLine } from "@/lib/text/dropped-line";

export type BuildStageName = "queued" | "cleaning" | "segmenting" | "pinyin" | "glossary" | "saving" | "done";

/** What the import page polls: GET /api/lessons/builds/<id>. */
export interface LessonBuildView {
  id: string;
  kind: "import" | "rebuild";
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  stage: BuildStageName;
  /** 0..1 within the stage. */
  progress: number;
  lessonId: string | null;
  error: string | null;
  attempts: number;
  /** Once DONE: the lines the pipeline left out, with reasons (also shown in the reader). */
  dropped?: DroppedLine[];
}

export function toLessonBuildView(b: LessonBuild): LessonBuildView {
  const status = b.status === "APPLIED" ? "DONE" : b.status;
  return {
    id: b.id,
    kind: b.kind === "rebuild" ? "rebuild" : "import",
    status,
    stage: status === "DONE" ? "done" : ((b.stage as BuildStageName | null) ?? "queued"),
    progress: status === "DONE" ? 1 : b.progress,
    lessonId: status === "DONE" || b.kind === "rebuild" ? b.lessonId : null,
    error: b.error,
    attempts: b.attempts,
  };
}
