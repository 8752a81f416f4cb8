import path from "node:path";

/** The demo lesson's transcript (the foreign minister's press conference), as the repository ships it. */
export const DEMO_TRANSCRIPT = path.join(process.cwd(), "prisma", "seed-data", "wang-yi-press-conference-2025-03-07.txt");
