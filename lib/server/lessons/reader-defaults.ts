import "server-only";
import { db } from "@/lib/server/db";

/** The reader's initial display switches, from the user's settings (the browser may override them). */
export async function getReaderDefaults(opts: { userId: string }): Promise<{ pinyin: boolean; tones: boolean }> {
  const s = await db.schedulingSettings.findUnique({ where: { userId: opts.userId }, select: { showPinyin: true, toneColors: true } });
  return { pinyin: s?.showPinyin ?? true, tones: s?.toneColors ?? true };
}
