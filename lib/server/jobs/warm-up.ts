import fs from "node:fs";
import { buildLesson } from "@/lib/text/build-lesson";
import { g2pmModel } from "@/lib/text/g2p/g2pm-model";
import { DEMO_TRANSCRIPT } from "@/lib/server/seed/demo-transcript";

// What the lesson builder thread does when it starts, before its first job: load the dictionaries
// and the g2pM model, build the demo transcript once (the code paths compile, the dictionaries
// index themselves) and compute the model's input projections for its whole vocabulary. The
// first import after a worker starts then costs what any later one does (`npm run bench:import`
// times a fresh long text's first build after this warm-up).


export interface WarmUp {
  /** Characters of the text built (0 when the demo transcript is not there). */
  chars: number;
  ms: number;
}

export function warmUpLessonBuilder(): WarmUp {
  const start = performance.now();
  let chars = 0;
  try {
    const text = fs.readFileSync(DEMO_TRANSCRIPT, "utf8");
    buildLesson(text);
    chars = text.length;
  } catch {
    // No demo transcript (a trimmed deployment): the model still warms up below.
  }
  g2pmModel().prepareAll();
  return { chars, ms: performance.now() - start };
}
