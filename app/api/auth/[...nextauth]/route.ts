import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/server/auth/options";
import { isHttpsRequest } from "@/lib/server/http/client-ip";

// next-auth's own endpoints (sign-in, sign-out, csrf, session). Public by nature.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(req as never, { params: await ctx.params } as never, buildAuthOptions({ https: isHttpsRequest(req.headers, req.url) }));
}

export { handler as GET, handler as POST };
