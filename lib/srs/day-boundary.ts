// Study days, like Anki's "next day starts at": a study day begins at the local `dayStartHour`:00
// in the user's zone. Everything is a pure function of (instant, zone, hour), so a user who
// travels simply gets the boundaries of the zone they pass in.
//
// Two DST rules, both "the first instant whose local time is dayStartHour:00 or later":
// - the hour is skipped (spring forward at 02:00, dayStartHour 2): the day starts at the jump (03:00);
// - the hour occurs twice (fall back, dayStartHour 1 in New York): the day starts at the first one.
import { TZDate } from "@date-fns/tz";
import { AppError } from "@/lib/errors";
import { isValidTimeZone } from "@/lib/srs/time-zone";

const DAY_MS = 86_400_000;

interface LocalDate {
  year: number;
  month: number; // 0-based, like Date
  day: number;
}

function check(timeZone: string, dayStartHour: number, now: Date): void {
  if (!isValidTimeZone(timeZone)) throw new AppError("INVALID_INPUT", `Unknown time zone "${timeZone}"`);
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new AppError("INVALID_INPUT", "The day start hour must be a whole hour between 0 and 23");
  }
  if (Number.isNaN(now.getTime())) throw new AppError("INVALID_INPUT", "Invalid date");
}

/** The local wall-clock time of `ms`, written as if it were a UTC timestamp (comparable numbers). */
function wallClock(ms: number, timeZone: string): number {
  const t = new TZDate(ms, timeZone);
  return Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds());
}

/** First instant at which the local clock reads `date` `hour`:00 or later. */
function localHourStart(date: LocalDate, hour: number, timeZone: string): number {
  const target = Date.UTC(date.year, date.month, date.day, hour);
  // Offsets a day either side bracket any single DST change around the target.
  const offsets = [target - DAY_MS, target + DAY_MS].map((ms) => wallClock(ms, timeZone) - ms);
  const exact = offsets.map((o) => target - o).filter((ms) => wallClock(ms, timeZone) === target);
  if (exact.length > 0) return Math.min(...exact);
  // The hour was skipped: binary-search the jump between the two candidate instants.
  let lo = target - Math.max(...offsets); // local clock still before target
  let hi = target - Math.min(...offsets); // local clock already past target
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallClock(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

function localDate(ms: number, timeZone: string): LocalDate {
  const t = new TZDate(ms, timeZone);
  return { year: t.getFullYear(), month: t.getMonth(), day: t.getDate() };
}

function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

/** The local calendar date whose study day contains `now`. */
function studyDate(now: Date, timeZone: string, dayStartHour: number): LocalDate {
  check(timeZone, dayStartHour, now);
  const today = localDate(now.getTime(), timeZone);
  return now.getTime() >= localHourStart(today, dayStartHour, timeZone) ? today : addDays(today, -1);
}

// The last study day computed per zone and hour: every instant in [start, end) has these same
// bounds, and the server asks for them on every answer and queue (~0.05 ms of time-zone arithmetic
// each time otherwise). A memo of a pure function: same answers, no clock.
const lastDay = new Map<string, { start: number; end: number }>();

function studyDayBounds(now: Date, timeZone: string, dayStartHour: number): { start: number; end: number } {
  const key = `${timeZone}|${dayStartHour}`;
  const t = now.getTime();
  const hit = lastDay.get(key);
  if (hit && t >= hit.start && t < hit.end) return hit;
  const date = studyDate(now, timeZone, dayStartHour);
  const bounds = { start: localHourStart(date, dayStartHour, timeZone), end: localHourStart(addDays(date, 1), dayStartHour, timeZone) };
  if (lastDay.size >= 1_000) lastDay.clear();
  lastDay.set(key, bounds);
  return bounds;
}

/** The instant the study day containing `now` began. */
export function studyDayStart(now: Date, timeZone: string, dayStartHour: number): Date {
  return new Date(studyDayBounds(now, timeZone, dayStartHour).start);
}

/** The instant the next study day begins (the end of the current one, exclusive). */
export function nextStudyDayStart(now: Date, timeZone: string, dayStartHour: number): Date {
  return new Date(studyDayBounds(now, timeZone, dayStartHour).end);
}

/** The study day's local date as "YYYY-MM-DD" (at 02:00 with dayStartHour 4, yesterday's date). */
export function studyDayKey(now: Date, timeZone: string, dayStartHour: number): string {
  const { year, month, day } = studyDate(now, timeZone, dayStartHour);
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whole study days from key `from` to key `to` (both "YYYY-MM-DD"). */
export function daysBetweenKeys(from: string, to: string): number {
  const ms = (key: string) => Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / DAY_MS);
}
