import "server-only";
import { AppError } from "@/lib/errors";
import { createUser, EMAIL_TAKEN } from "@/lib/server/users/create-user";
import { assertAllowed, LIMITS, recordAttempt } from "@/lib/server/auth/rate-limit";
import { emailSchema } from "@/lib/validation/auth";

/**
 * Sign-up as the public form calls it: limited per client address, and an e-mail that already has
 * an account gets exactly the answer a new one gets (same shape, same password-hashing time), so
 * the form cannot be used to find out who has an account. The owner of that address can sign in.
 */
export async function signUp(input: unknown, opts: { ip: string; now?: Date }): Promise<{ email: string }> {
  const now = opts.now ?? new Date();
  const key = { key: `signup:ip:${opts.ip}`, limit: LIMITS.signupIp };
  await assertAllowed([key], "sign-ups from your network", now);
  await recordAttempt([key], now);
  try {
    const user = await createUser(input, { ip: opts.ip, now });
    return { email: user.email };
  } catch (e) {
    if (e instanceof AppError && e.code === "CONFLICT" && e.message === EMAIL_TAKEN) {
      return { email: emailSchema.parse((input as { email?: unknown }).email) };
    }
    throw e;
  }
}
