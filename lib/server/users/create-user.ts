import "server-only";
import { db, Prisma } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import { AppError } from "@/lib/errors";
import { signUpSchema, fieldErrors } from "@/lib/validation/auth";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: "LEARNER" | "TEACHER" | "ADMIN";
}

/** Creates an account with its default scheduling settings, in one transaction. */
export async function createUser(input: unknown): Promise<CreatedUser> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "Please correct the highlighted fields.", { fields: fieldErrors(parsed.error) });
  const { name, email, password, role } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { name, email, passwordHash, role, settings: { create: {} } },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      // Saying "this e-mail is taken" would confirm the account exists; use the sign-in wording.
      throw new AppError("CONFLICT", "We could not create an account with these details. If you already have one, sign in.", {
        fields: { email: "We could not create an account with this e-mail. If you already have one, sign in." },
      });
    }
    throw e;
  }
}
