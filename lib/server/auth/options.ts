import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/server/db";
import { getEnv } from "@/lib/env";
import { signInSchema } from "@/lib/validation/auth";
import { dummyVerify, verifyPassword } from "@/lib/server/auth/password";
import { clearAccountFailures, recordFailure, secondsUntilAllowed, signInKeys } from "@/lib/server/auth/rate-limit";

export const WRONG_CREDENTIALS = "Wrong e-mail or password.";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || "local";
}

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

export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: getEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, req) => authorizeCredentials(credentials, clientIp(req?.headers as never)),
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        // OAuth: link to (or create) the local account with the same verified e-mail.
        const email = user.email?.trim().toLowerCase();
        const verified = (profile as { email_verified?: boolean } | undefined)?.email_verified !== false;
        if (!email || !verified) return false;
        const local = await db.user.upsert({
          where: { email },
          update: {},
          create: { email, name: (user.name ?? email).slice(0, 100), settings: { create: {} } },
          select: { id: true },
        });
        user.id = local.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
        return session;
      },
    },
  };
}
