"use server";
import { publicAction } from "@/lib/server/auth/guard";
import { requestIp } from "@/lib/server/http/client-ip";
import { signUp as signUpUser } from "@/lib/server/users/sign-up";

export const signUp = publicAction(async (input: { name: string; email: string; password: string; inviteCode?: string; timeZone?: string }) =>
  signUpUser(input, { ip: await requestIp() }),
);
