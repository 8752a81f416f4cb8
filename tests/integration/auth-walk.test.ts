// Walks every route handler and server action in app/ and proves each goes through the auth
// wrapper: anonymous requests are refused, and another user's data is answered like missing data.
import { describe, expect, it } from "vitest";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ACCESS } from "@/lib/server/auth/guard";
import { makeUser } from "../support/db";
import { request } from "../support/http";
import { FOREIGN_CASES, OWN_DATA_ONLY, PUBLIC_ACTIONS, PUBLIC_ROUTES } from "../support/foreign-cases";

const appDir = path.resolve(import.meta.dirname, "..", "..", "app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const p = path.join(dir, entry);
    return statSync(p).isDirectory() ? walk(p, name) : entry === name ? [p] : [];
  });
}

const routeFiles = walk(appDir, "route.ts");
const actionFiles = walk(appDir, "actions.ts");
const routePath = (file: string) => "/" + path.relative(appDir, path.dirname(file)).split(path.sep).join("/");
const fakeUrl = (p: string) => p.replace(/\[\.\.\.(\w+)\]/g, "x").replace(/\[(\w+)\]/g, "00000000-0000-4000-8000-000000000000");

describe("every route handler", () => {
  it("is found", () => {
    expect(routeFiles.length).toBeGreaterThan(0);
  });

  for (const file of routeFiles) {
    const rp = routePath(file);
    it(`${rp}: wrapped, refuses anonymous requests and other users' data`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const handlers = METHODS.filter((m) => typeof mod[m] === "function");
      expect(handlers.length).toBeGreaterThan(0);
      for (const method of handlers) {
        const key = `${method} ${rp}`;
        if (PUBLIC_ROUTES.has(key)) continue;
        const handler = mod[method] as ((req: unknown, ctx: unknown) => Promise<Response>) & { [ACCESS]?: string };
        expect(handler[ACCESS], `${key} must use authedRoute/teacherRoute`).toMatch(/^(user|teacher)$/);

        const anon = await handler(await request(fakeUrl(rp), { method, body: method === "GET" ? undefined : {} }), { params: Promise.resolve({}) });
        expect(anon.status, `${key} anonymous`).toBe(401);
        expect((await anon.json()).error.code).toBe("UNAUTHENTICATED");

        if (OWN_DATA_ONLY[key]) continue;
        const foreign = FOREIGN_CASES[key];
        expect(foreign, `${key} needs a FOREIGN_CASES entry in tests/support/foreign-cases.ts`).toBeDefined();
        const owner = await makeUser({ role: "TEACHER" });
        const intruder = await makeUser({ role: "TEACHER" });
        const { req, params } = await foreign!.build({ ownerId: owner.id, intruderId: intruder.id });
        const res = await handler(req, { params: Promise.resolve(params) });
        if (foreign!.refused) await foreign!.refused(res);
        else expect(res.status, `${key} foreign`).toBe(404);
      }
    });
  }
});

describe("every server action", () => {
  for (const file of actionFiles) {
    const rel = path.relative(path.dirname(appDir), file).split(path.sep).join("/");
    it(`${rel}: every export is wrapped and refuses anonymous callers`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const names = Object.keys(mod).filter((k) => typeof mod[k] === "function");
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const fn = mod[name] as ((...a: unknown[]) => Promise<{ ok: boolean; code?: string }>) & { [ACCESS]?: string };
        if (PUBLIC_ACTIONS.has(`${rel}#${name}`)) {
          expect(fn[ACCESS]).toBe("public");
          continue;
        }
        expect(fn[ACCESS], `${rel}#${name} must use authedAction/teacherAction`).toMatch(/^(user|teacher)$/);
        // Outside a request there is no session cookie: the wrapper must refuse before doing anything.
        const result = await fn({}, new FormData());
        expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      }
    });
  }
});
