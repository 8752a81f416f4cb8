import { NextResponse } from "next/server";
import { publicRoute } from "@/lib/server/auth/guard";
import { checkHealth } from "@/lib/server/health/check-health";
import { RETRY_AFTER_SECONDS } from "@/lib/server/db/unavailable";

/** 200 when this replica can serve (status ok or degraded: no worker beating), else 503. */
export const GET = publicRoute(async () => {
  const health = await checkHealth();
  const down = health.status === "down";
  return NextResponse.json(health, {
    status: down ? 503 : 200,
    headers: { "Cache-Control": "no-store", ...(down ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}) },
  });
});
