"use server";
import { publicAction } from "@/lib/server/auth/guard";
import { createUser } from "@/lib/server/users/create-user";

export const signUp = publicAction(async (input: { name: string; email: string; password: string; role: string }) => {
  const user = await createUser(input);
  return { email: user.email };
});
