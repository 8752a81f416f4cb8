import { describe, expect, it } from "vitest";
import { db, makeUser } from "../support/db";
import { request } from "../support/http";
import { verifyPassword } from "@/lib/server/auth/password";
import * as settingsRoute from "@/app/api/settings/route";
import * as accountRoute from "@/app/api/settings/account/route";
import * as passwordRoute from "@/app/api/settings/password/route";

const noParams = { params: Promise.resolve({}) };
const VALID = {
  desiredRetention: 0.85,
  maximumInterval: 3650,
  learningSteps: ["1m", "10m", "1h"],
  relearningSteps: ["10m"],
  newPerDay: 15,
  reviewsPerDay: 150,
  timeZone: "Asia/Shanghai",
  dayStartHour: 5,
  enabledCardTypes: ["RECOGNITION", "CLOZE"],
  showPinyin: false,
  toneColors: true,
};

const patch = async (userId: string, body: unknown) => settingsRoute.PATCH(await request("/api/settings", { method: "PATCH", userId, body }), noParams);

describe("PATCH /api/settings", () => {
  it("saves a valid form", async () => {
    const user = await makeUser();
    const res = await patch(user.id, VALID);
    expect(res.status).toBe(200);
    expect(await db.schedulingSettings.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject(VALID);
  });

  it("answers bad retention, an unknown zone and bad steps with field errors and writes nothing", async () => {
    const user = await makeUser();
    const before = await db.schedulingSettings.findUniqueOrThrow({ where: { userId: user.id } });
    const res = await patch(user.id, { ...VALID, desiredRetention: 1.5, timeZone: "Mars/Olympus", learningSteps: ["10 minutes"], enabledCardTypes: [] });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fields).toMatchObject({
      desiredRetention: "Desired retention must be at most 0.99",
      timeZone: 'Unknown time zone "Mars/Olympus"',
      learningSteps: expect.stringContaining("whole number followed by m, h or d"),
      enabledCardTypes: "Enable at least one card type",
    });
    expect(await db.schedulingSettings.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(before);
  });
});

describe("account settings", () => {
  it("renames the user and validates the name", async () => {
    const user = await makeUser();
    const ok = await accountRoute.PATCH(await request("/api/settings/account", { method: "PATCH", userId: user.id, body: { name: "  Li Hua " } }), noParams);
    expect(await ok.json()).toEqual({ name: "Li Hua" });
    const bad = await accountRoute.PATCH(await request("/api/settings/account", { method: "PATCH", userId: user.id, body: { name: "" } }), noParams);
    expect((await bad.json()).error.fields).toEqual({ name: "Enter your name" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Li Hua");
  });

  it("changes the password only with the right current password", async () => {
    const user = await makeUser({ password: "the old password" });
    const post = async (body: unknown) => passwordRoute.POST(await request("/api/settings/password", { method: "POST", userId: user.id, body }), noParams);
    const wrong = await post({ currentPassword: "not it at all", newPassword: "a brand new password" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields).toEqual({ currentPassword: "The current password is wrong" });
    const short = await post({ currentPassword: "the old password", newPassword: "short" });
    expect((await short.json()).error.fields).toEqual({ newPassword: "Use at least 10 characters" });
    let hash = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
    expect(await verifyPassword(hash, "the old password")).toBe(true);

    expect((await post({ currentPassword: "the old password", newPassword: "a brand new password" })).status).toBe(200);
    hash = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
    expect(await verifyPassword(hash, "a brand new password")).toBe(true);
    expect(await verifyPassword(hash, "the old password")).toBe(false);
  });
});
