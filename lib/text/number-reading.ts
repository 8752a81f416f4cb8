// Readings of Arabic numerals inside Chinese text, as a reader says them aloud: quantities in
// Chinese numerals (14 shí sì, 2024个 èr qiān líng èr shí sì), years digit by digit (2024年
// èr líng èr sì nián), decimals with diǎn, percentages with bǎi fēn zhī before the number.
// Full-width digits (２０２４) read like ASCII ones.

const DIGITS = ["líng", "yī", "èr", "sān", "sì", "wǔ", "liù", "qī", "bā", "jiǔ"];
const PLACES = ["", "shí", "bǎi", "qiān"];
const GROUPS = ["", "wàn", "yì", "wàn yì"];
// A single 2 counting things is liǎng (2个, 2位); before these it names a month, day, grade or
// number in a series and stays èr.
const ORDINAL_AFTER = new Set([..."月日号年级楼层期届章节版路班次"]);
// A 2 before or after these is a number as such, not a count: a score or ratio (2比1, 1比2), a sum
// (2加3, 2和3, 2等于), an ordinal (第2名).
const NUMBER_AS_SUCH_AFTER = new Set([..."比加减乘除和与等"]);
const NUMBER_AS_SUCH_BEFORE = new Set([..."第比加减乘除"]);

/**
 * A run of digits, optional thousands separators and decimals, optional percent or per-mille sign.
 * Digits joined to Latin letters (R1, G20, 5G) are part of a name or code and are not read.
 */
export const NUMBER_RUN = /(?<![A-Za-z0-9０-９.．])[0-9０-９]+(?:,[0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?[%％‰]?(?![A-Za-z0-9０-９]|[.．][0-9０-９])/gu;

function ascii(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, "");
}

function digitByDigit(digits: string): string[] {
  return [...digits].map((d) => DIGITS[Number(d)]);
}

/** 0–9999 in one group; `inner`: not the first group, so 10 is yī shí and not shí. */
function readGroup(group: string, inner: boolean): string[] {
  const out: string[] = [];
  const digits = group.padStart(4, "0");
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    const place = 3 - i;
    if (d === 0) {
      if (out.length || inner) zero = true;
      continue;
    }
    if (zero) out.push("líng");
    zero = false;
    // 10–19 at the start of a number: shí, shí sì (not yī shí sì).
    if (!(d === 1 && place === 1 && !out.length && !inner)) out.push(DIGITS[d]);
    if (PLACES[place]) out.push(PLACES[place]);
  }
  return out;
}

/** A whole number as a quantity (up to 16 digits; longer or zero-padded strings digit by digit). */
export function readInteger(digits: string): string[] {
  if (digits.length > 16 || (digits.length > 1 && digits.startsWith("0"))) return digitByDigit(digits);
  if (/^0+$/.test(digits)) return ["líng"];
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(digits.slice(Math.max(0, end - 4), end));
  const out: string[] = [];
  let pendingZero = false;
  groups.forEach((g, i) => {
    const place = groups.length - 1 - i;
    if (Number(g) === 0) {
      pendingZero = out.length > 0;
      return;
    }
    // Zeros before a group's digits are read as one líng (10,0050 shí wàn líng wǔ shí; readGroup
    // says it for zeros inside the group, this for a whole zero group before a full one).
    if (pendingZero && g[0] !== "0") out.push("líng");
    pendingZero = false;
    const words = readGroup(g, out.length > 0);
    out.push(...words);
    if (GROUPS[place]) out.push(...GROUPS[place].split(" "));
  });
  return out;
}

// Numbers that name rather than count are said digit by digit, 1 as yāo: a phone number (a mobile's
// 11 digits from 1, any run of 7 or more not followed by a unit: 13812345678, 12345678), and a
// number of 3 digits or more after a word that introduces one (热线12345, 房间302, 航班号1234) or
// before 室/房 (302室).
const CODE_AFTER = /(?:电话|热线|手机|号码|编号|房间|房号|车次|航班|航班号|邮编|代码|分机|门牌|专线|尾号|工号|学号|账号|密码|验证码|拨打)(?:是|为|：|:)?$/u;
const HAN = /\p{Script=Han}/u;

function isCode(whole: string, next: string | undefined, preceding: string | undefined): boolean {
  if (whole.length === 11 && whole[0] === "1") return true;
  if (whole.length >= 7 && !(next && HAN.test(next) && next !== "号")) return true;
  if (whole.length >= 3 && (next === "室" || next === "房")) return true; // a room: 302室, 1208房
  if (whole.length >= 3 && preceding?.endsWith("打") && !(next && HAN.test(next))) return true; // 打110 (not 打100分)
  return whole.length >= 3 && preceding !== undefined && CODE_AFTER.test(preceding);
}

/**
 * The reading of one number run (a match of NUMBER_RUN) given the characters after it (and the one
 * before it, and up to six before: `preceding`) in the sentence: 4-digit years before 年 and
 * decades before 年代 digit by digit; phone numbers and codes digit by digit with 1 as yāo; a 2
 * counting things liǎng.
 */
/** The era before a year (公元前221年, 西元8年): the number is a year, not a count of years. */
const ERA = /(?:公元|西元|公元前|西元前|公元后|纪元前)$/u;

export function readNumber(run: string, next: string | undefined, afterNext?: string, before?: string, preceding?: string): string {
  const text = ascii(run);
  const percent = /[%‰]$/.exec(text)?.[0];
  const number = percent ? text.slice(0, -1) : text;
  const [whole, fraction] = number.split(".");
  let words: string[];
  // (A year of the era named so, 公元前221年 or 公元8年, is read digit by digit whatever its length.)
  const era = ERA.test(preceding ?? "");
  if (!percent && !fraction && next === "年" && (whole.length === 4 || era || (whole.length === 2 && afterNext === "代"))) {
    words = digitByDigit(whole);
  } else if (!percent && !fraction && !/[,，]/.test(run) && isCode(whole, next, preceding)) {
    words = [...whole].map((d) => (d === "1" ? "yāo" : DIGITS[Number(d)]));
  } else {
    words = readInteger(whole);
    if (fraction) words.push("diǎn", ...digitByDigit(fraction));
    else if (whole === "2" && !percent && next && /\p{Script=Han}/u.test(next) && !ORDINAL_AFTER.has(next) && !NUMBER_AS_SUCH_AFTER.has(next) && !(before && NUMBER_AS_SUCH_BEFORE.has(before))) {
      words = ["liǎng"];
    }
  }
  if (percent) words.unshift(...(percent === "%" ? ["bǎi", "fēn", "zhī"] : ["qiān", "fēn", "zhī"]));
  return words.join(" ");
}
