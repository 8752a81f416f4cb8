import { describe, expect, it } from "vitest";
import { daysBetweenKeys, nextStudyDayStart, studyDayKey, studyDayStart } from "@/lib/srs/day-boundary";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

function day(now: string, tz: string, hour: number) {
  const d = at(now);
  return {
    key: studyDayKey(d, tz, hour),
    start: studyDayStart(d, tz, hour).toISOString(),
    next: nextStudyDayStart(d, tz, hour).toISOString(),
  };
}

describe("study days in UTC", () => {
  it("starts at dayStartHour; the minute before belongs to yesterday", () => {
    expect(day("2026-03-10T03:59:59.999Z", "UTC", 4)).toEqual({
      key: "2026-03-09",
      start: "2026-03-09T04:00:00.000Z",
      next: "2026-03-10T04:00:00.000Z",
    });
    expect(day("2026-03-10T04:00:00.000Z", "UTC", 4)).toEqual({
      key: "2026-03-10",
      start: "2026-03-10T04:00:00.000Z",
      next: "2026-03-11T04:00:00.000Z",
    });
  });

  it("with dayStartHour 0 follows the calendar, across month and year ends", () => {
    expect(day("2026-12-31T23:59:00Z", "UTC", 0)).toEqual({
      key: "2026-12-31",
      start: "2026-12-31T00:00:00.000Z",
      next: "2027-01-01T00:00:00.000Z",
    });
    expect(day("2027-01-01T02:00:00Z", "UTC", 4).key).toBe("2026-12-31");
  });

  it("handles half-hour offsets (Asia/Kolkata, UTC+5:30)", () => {
    expect(day("2026-01-15T23:00:00Z", "Asia/Kolkata", 4)).toEqual({
      key: "2026-01-16",
      start: "2026-01-15T22:30:00.000Z",
      next: "2026-01-16T22:30:00.000Z",
    });
  });
});

describe("study days across DST in America/New_York", () => {
  it("spring forward (2026-03-08): the day that contains the jump is 23 hours long", () => {
    const saturday = day("2026-03-08T05:30:00Z", "America/New_York", 4); // 00:30 EST on Sunday
    expect(saturday).toEqual({
      key: "2026-03-07",
      start: "2026-03-07T09:00:00.000Z", // 04:00 EST
      next: "2026-03-08T08:00:00.000Z", // 04:00 EDT
    });
    expect(Date.parse(saturday.next) - Date.parse(saturday.start)).toBe(23 * HOUR);
    expect(day("2026-03-08T08:00:00Z", "America/New_York", 4).key).toBe("2026-03-08");
  });

  it("a day start in the skipped hour (02:00) begins at the jump, 03:00 EDT", () => {
    expect(day("2026-03-08T06:59:59Z", "America/New_York", 2)).toEqual({
      key: "2026-03-07",
      start: "2026-03-07T07:00:00.000Z", // 02:00 EST
      next: "2026-03-08T07:00:00.000Z", // 03:00 EDT, the first instant at or after 02:00
    });
    expect(day("2026-03-08T07:00:00Z", "America/New_York", 2).start).toBe("2026-03-08T07:00:00.000Z");
    expect(day("2026-03-09T12:00:00Z", "America/New_York", 2).start).toBe("2026-03-09T06:00:00.000Z");
  });

  it("fall back (2026-11-01): the day that contains the repeated hour is 25 hours long", () => {
    const saturday = day("2026-11-01T07:30:00Z", "America/New_York", 4); // 02:30 EST
    expect(saturday).toEqual({
      key: "2026-10-31",
      start: "2026-10-31T08:00:00.000Z", // 04:00 EDT
      next: "2026-11-01T09:00:00.000Z", // 04:00 EST
    });
    expect(Date.parse(saturday.next) - Date.parse(saturday.start)).toBe(25 * HOUR);
  });

  it("a day start in the repeated hour (01:00) begins at its first occurrence", () => {
    expect(day("2026-11-01T06:30:00Z", "America/New_York", 1)).toEqual({
      key: "2026-11-01", // 01:30 EST, the second 01:30 of the night
      start: "2026-11-01T05:00:00.000Z", // 01:00 EDT
      next: "2026-11-02T06:00:00.000Z", // 01:00 EST
    });
    expect(day("2026-11-01T04:59:59Z", "America/New_York", 1).key).toBe("2026-10-31");
  });
});

describe("study days across DST in Europe/Berlin", () => {
  it("spring forward (2026-03-29, 02:00 → 03:00): a day start of 02:00 becomes 03:00 CEST", () => {
    expect(day("2026-03-29T01:00:00Z", "Europe/Berlin", 2)).toEqual({
      key: "2026-03-29",
      start: "2026-03-29T01:00:00.000Z",
      next: "2026-03-30T00:00:00.000Z",
    });
    expect(day("2026-03-29T00:59:59Z", "Europe/Berlin", 2).key).toBe("2026-03-28");
  });

  it("fall back (2026-10-25, 03:00 → 02:00): a day start of 02:00 is the first, summer-time 02:00", () => {
    expect(day("2026-10-25T01:30:00Z", "Europe/Berlin", 2)).toEqual({
      key: "2026-10-25", // 02:30 CET, second pass through 02:xx
      start: "2026-10-25T00:00:00.000Z", // 02:00 CEST
      next: "2026-10-26T01:00:00.000Z", // 02:00 CET
    });
  });
});

describe("travel and input checks", () => {
  it("is a pure function of the zone passed in: the same instant is a different study day elsewhere", () => {
    const now = "2026-06-01T02:00:00Z";
    expect(day(now, "Asia/Shanghai", 4)).toEqual({
      key: "2026-06-01", // 10:00 in Beijing
      start: "2026-05-31T20:00:00.000Z",
      next: "2026-06-01T20:00:00.000Z",
    });
    expect(day(now, "America/Los_Angeles", 4)).toEqual({
      key: "2026-05-31", // 19:00 the evening before in Los Angeles
      start: "2026-05-31T11:00:00.000Z",
      next: "2026-06-01T11:00:00.000Z",
    });
  });

  it("a flight from Shanghai to Los Angeles can put the traveller back into the study day they already had", () => {
    const beforeFlight = day("2026-06-01T00:30:00Z", "Asia/Shanghai", 4); // 08:30 Beijing
    const afterLanding = day("2026-06-01T14:00:00Z", "America/Los_Angeles", 4); // 07:00 Los Angeles
    expect(beforeFlight.key).toBe("2026-06-01");
    expect(afterLanding.key).toBe("2026-06-01");
    expect(afterLanding.start).toBe("2026-06-01T11:00:00.000Z");
  });

  it("rejects unknown zones and bad hours", () => {
    expect(() => studyDayStart(at("2026-01-01T00:00:00Z"), "Mars/Olympus_Mons", 4)).toThrow('Unknown time zone "Mars/Olympus_Mons"');
    expect(() => studyDayStart(at("2026-01-01T00:00:00Z"), "UTC", 24)).toThrow(/between 0 and 23/);
    expect(() => studyDayKey(at("2026-01-01T00:00:00Z"), "UTC", 1.5)).toThrow(/between 0 and 23/);
  });

  it("counts days between keys by calendar, ignoring DST", () => {
    expect(daysBetweenKeys("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetweenKeys("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetweenKeys("2026-11-02", "2026-10-31")).toBe(-2);
  });

  // The bounds are memoised per zone and hour (the last study day asked for): walking back and
  // forth across DST changes must give each instant its own day, never a neighbour's.
  it("gives every instant its own day, asked in any order across DST changes", () => {
    for (const [tz, hour] of [["America/New_York", 1], ["Europe/Berlin", 2], ["Australia/Lord_Howe", 4]] as const) {
      const instants: number[] = [];
      for (let t = Date.parse("2026-03-01T00:00:00Z"); t < Date.parse("2026-04-15T00:00:00Z"); t += 5 * HOUR + 17 * 60_000) instants.push(t);
      for (let t = Date.parse("2026-10-20T00:00:00Z"); t < Date.parse("2026-11-10T00:00:00Z"); t += 3 * HOUR + 7 * 60_000) instants.push(t, t - 40 * 86_400_000);
      for (const t of instants) {
        const start = studyDayStart(new Date(t), tz, hour).getTime();
        const next = nextStudyDayStart(new Date(t), tz, hour).getTime();
        expect(start).toBeLessThanOrEqual(t);
        expect(next).toBeGreaterThan(t);
        expect(studyDayKey(new Date(start), tz, hour)).toBe(studyDayKey(new Date(t), tz, hour));
        expect(studyDayKey(new Date(next - 1), tz, hour)).toBe(studyDayKey(new Date(t), tz, hour));
        expect(studyDayKey(new Date(next), tz, hour)).not.toBe(studyDayKey(new Date(t), tz, hour));
      }
    }
  });
});
