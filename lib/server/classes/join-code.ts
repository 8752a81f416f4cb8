import "server-only";
import { randomInt } from "node:crypto";
import { Prisma } from "@/lib/server/db";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/validation/classes";

/** A random 8-character code from an alphabet without 0/O/1/I (32^8 ≈ 10^12 codes). */
export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

const ATTEMPTS = 5;

/** Runs `write` with fresh codes until one is not taken (a unique violation on joinCode → retry). */
export async function withUniqueJoinCode<T>(write: (code: string) => Promise<T>, newCode: () => string = generateJoinCode): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(newCode());
    } catch (e) {
      const collision = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!collision || attempt >= ATTEMPTS) throw e;
    }
  }
}
