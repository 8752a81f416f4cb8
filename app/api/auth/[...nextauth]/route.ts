import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/server/auth/options";

// next-auth's own endpoints (sign-in, sign-out, csrf, session). Public by nature.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(req as never, { params: await ctx.params } as never, buildAuthOptions());
}

export { handler as GET, handler as POST };
