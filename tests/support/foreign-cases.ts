// For tests/integration/auth-walk.test.ts: how to aim each route handler at ANOTHER user's data.
// Every authenticated route must appear here (or in OWN_DATA_ONLY with a reason), so adding a
// route without proving it refuses foreign requests fails the suite.
import type { NextRequest } from "next/server";

export interface ForeignCase {
  /** Build a request, signed in as `intruderId`, that targets data owned by `ownerId`. */
  build(ctx: { ownerId: string; intruderId: string }): Promise<{ req: NextRequest; params: Record<string, string> }>;
  /** What a refusal looks like for this route (default: status 404). */
  refused?(res: Response): Promise<void>;
}

/** "METHOD /app/path/route" → case. Filled in as routes are added. */
export const FOREIGN_CASES: Record<string, ForeignCase> = {};

/** Routes that only ever read or write the signed-in user's own rows (no id comes from the client). */
export const OWN_DATA_ONLY: Record<string, string> = {};

/** Public by design. */
export const PUBLIC_ROUTES = new Set(["GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]"]);
export const PUBLIC_ACTIONS = new Set(["app/signup/actions.ts#signUp"]);
