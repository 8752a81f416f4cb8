// For tests/integration/auth-walk.test.ts: how to aim each route handler at ANOTHER user's data.
// Every authenticated route must have a case (or an OWN_DATA_ONLY reason), so adding a route
// without proving it refuses foreign requests fails the suite. One file per domain in
// ./foreign-cases/, each exporting `cases` and optionally `ownDataOnly`.
import type { NextRequest } from "next/server";

export interface ForeignCase {
  /** Build a request, signed in as `intruderId`, that targets data owned by `ownerId`. */
  build(ctx: { ownerId: string; intruderId: string }): Promise<{ req: NextRequest; params: Record<string, string> }>;
  /** What a refusal looks like for this route (default: status 404). */
  refused?(res: Response): Promise<void>;
}

type DomainModule = { cases?: Record<string, ForeignCase>; ownDataOnly?: Record<string, string> };
const modules = Object.values(import.meta.glob<DomainModule>("./foreign-cases/*.ts", { eager: true }));

/** "METHOD /app/path" (e.g. "GET /api/lessons/[id]") → case. */
export const FOREIGN_CASES: Record<string, ForeignCase> = Object.assign({}, ...modules.map((m) => m.cases ?? {}));

/** Routes that only ever read or write the signed-in user's own rows (no id comes from the client), with the reason. */
export const OWN_DATA_ONLY: Record<string, string> = Object.assign({}, ...modules.map((m) => m.ownDataOnly ?? {}));

/** Public by design. */
export const PUBLIC_ROUTES = new Set(["GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]", "GET /api/health"]);
export const PUBLIC_ACTIONS = new Set(["app/signup/actions.ts#signUp"]);
