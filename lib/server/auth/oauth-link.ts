import "server-only";
import { db } from "@/lib/server/db";

export const LINK_REFUSED =
  "An account with this e-mail already exists. Sign in with your e-mail and password; this provider does not confirm that the address is yours.";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email: string | null | undefined;
  /** Only an explicit `email_verified: true` from the provider counts (GitHub never sends it). */
  emailVerified: boolean;
  name: string | null | undefined;
}

/**
 * The local account an OAuth sign-in belongs to. An identity already linked signs in to its account.
 * A new identity is linked to an existing account with the same e-mail only when the provider
 * verified that e-mail — otherwise anyone who registers the victim's address at a lax provider
 * would take over the account — and gets a fresh learner account when no account has that e-mail.
 */
export async function resolveOAuthUser(identity: OAuthIdentity): Promise<{ userId: string } | { refused: string }> {
  const { provider, providerAccountId } = identity;
  const linked = await db.oAuthAccount.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { userId: true } });
  if (linked) return { userId: linked.userId };
  const email = identity.email?.trim().toLowerCase();
  if (!email) return { refused: "This provider did not give an e-mail address." };
  const local = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (local && !identity.emailVerified) return { refused: LINK_REFUSED };
  const userId =
    local?.id ??
    (await db.user.create({ data: { email, name: (identity.name || email).slice(0, 100), settings: { create: {} } }, select: { id: true } })).id;
  await db.oAuthAccount.create({ data: { provider, providerAccountId, userId } });
  return { userId };
}
