// Toneless pinyin search without storing anything new: both sides are reduced to bare letters,
// the column in SQL with translate(), the query here ("rén lèi", "ren2 lei4", "renlei" → "renlei").
import { Prisma } from "@/lib/server/db";

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
const PLAIN = "aaaaeeeeiiiioooouuuuuuuuunnnm";

export function tonelessQuery(q: string): string {
  let out = "";
  for (const ch of q.toLowerCase().normalize("NFC")) {
    const i = TONED.indexOf(ch);
    out += i >= 0 ? PLAIN[i] : ch;
  }
  return out.replace(/v/g, "u").replace(/[^a-z]/g, "");
}

/** SQL expression: the pinyin column lower-cased, tone marks removed, only letters kept. */
export const tonelessPinyinSql = Prisma.sql`regexp_replace(translate(lower(n."pinyin"), ${TONED}, ${PLAIN}), '[^a-z]', '', 'g')`;

export function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
