import "server-only";
import { isDatabaseError, UNAVAILABLE_MESSAGE } from "@/lib/server/db/unavailable";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/server/db";
import { getEnv } from "@/lib/env";
import { signInSchema } from "@/lib/validation/auth";
import { dummyVerify, verifyPassword } from "@/lib/server/auth/password";
import { clearAccountFailures, recordFailure, secondsUntilAllowed, signInKeys } from "@/lib/server/auth/rate-limit";
import { clientIp } from "@/lib/server/http/client-ip";
import { resolveOAuthUser } from "@/lib/server/auth/oauth-link";
import { safeRedirectUrl } from "@/lib/server/auth/safe-redirect";
import { createUserSession, extendUserSession, revokeSession, SESSION_MAX_AGE_S } from "@/lib/server/auth/user-sessions";

export const WRONG_CREDENTIALS = "Wrong e-mail or password.";

export function tooManyAttempts(seconds: number): string {
  return `Too many sign-in attempts. Try again in ${seconds} seconds.`;
}

/** Credentials sign-in: validation, per-account and per-IP throttling, constant-time-ish failure. */
export async function authorizeCredentials(credentials: unknown, ip: string, now = new Date()) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new Error(WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  const keys = signInKeys(email, ip);
  const wait = await secondsUntilAllowed([keys.account, keys.ip], now);
  if (wait > 0) throw new Error(tooManyAttempts(wait));

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true } });
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await dummyVerify(password);
  if (!user || !ok) {
    const blocked = await recordFailure(keys, now);
    throw new Error(blocked > 0 ? tooManyAttempts(blocked) : WRONG_CREDENTIALS);
  }
  await clearAccountFailures(keys);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

function oauthProviders() {
  const env = getEnv();
  const providers = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET)
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  return providers;
}

/**
 * next-auth's options for one request. `https`: whether this request came over HTTPS (directly or
 * through a trusted proxy), so the session cookie is `Secure` (and `__Secure-` prefixed) whenever it
 * can be, whether or not NEXTAUTH_URL is set.
 */
export function buildAuthOptions(opts: { https?: boolean } = {}): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: opts.https || env.NEXTAUTH_URL?.startsWith("https://") || false,
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials, req) => {
          try {
            return await authorizeCredentials(credentials, clientIp(req?.headers as never));
          } catch (e) {
            // next-auth shows this message on the sign-in page: never a database error's own text.
            if (isDatabaseError(e)) throw new Error(UNAVAILABLE_MESSAGE);
            throw e;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const result = await resolveOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          emailVerified: (profile as { email_verified?: unknown } | undefined)?.email_verified === true,
          name: user.name,
        });
        if ("refused" in result) return "/signin?error=OAuthAccountNotLinked";
        user.id = result.userId;
        return true;
      },
      async jwt({ token, user }) {
        // Each sign-in gets its own UserSession row; the token only carries the ids.
        if (user) return { ...token, uid: user.id, sid: await createUserSession(user.id) };
        // /api/auth/session refreshes the cookie: a revoked session throws here, and next-auth
        // then clears the cookie and answers "no session".
        if (!(await extendUserSession(String(token.sid ?? ""), String(token.uid ?? "")))) throw new Error("session revoked");
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
        return session;
      },
      async redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        if (code !== "JWT_SESSION_ERROR") console.error(`[next-auth] ${code}`, metadata);
      },
      warn() {},
      debug() {},
    },
  };
}
