import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended cost (19 MiB, 2 passes): slow for an attacker, ~50 ms for us.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a dummy hash when the account does not exist keeps the response time the
// same, so timing does not reveal which e-mail addresses have accounts.
let dummyHash: Promise<string> | null = null;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}
