// Administrator's command line for accounts:
//   npm run user -- role EMAIL teacher|learner     grant or take back the teacher role
//   npm run user -- revoke-sessions EMAIL          sign the account out everywhere, at once
//   npm run user -- invite-code                    a one-use teacher invite code (valid 14 days)
import { isAppError } from "@/lib/errors";
import { loadDotEnv, prepareDatabase } from "./db/prepare";

const USAGE = `Usage:
  npm run user -- role EMAIL teacher|learner
  npm run user -- revoke-sessions EMAIL
  npm run user -- invite-code`;

function usage(): never {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const [command, ...args] = process.argv.slice(2);
if (command === "role" ? args.length !== 2 || !["teacher", "learner"].includes(args[1]?.toLowerCase()) : command === "revoke-sessions" ? args.length !== 1 : command !== "invite-code" || args.length !== 0) usage();

loadDotEnv();
const server = await prepareDatabase();
process.env.DATABASE_URL = server.url;
let code = 0;
try {
  if (command === "role") {
    const { setUserRole } = await import("@/lib/server/users/admin-users");
    const r = await setUserRole(args[0], args[1].toUpperCase() as "TEACHER" | "LEARNER");
    console.log(`${r.email}: ${r.before.toLowerCase()} → ${r.after.toLowerCase()}`);
  } else if (command === "revoke-sessions") {
    const { revokeSessionsByEmail } = await import("@/lib/server/users/admin-users");
    const r = await revokeSessionsByEmail(args[0]);
    console.log(`${r.email}: ${r.signedOut} session${r.signedOut === 1 ? "" : "s"} ended`);
  } else {
    const { createTeacherInvite } = await import("@/lib/server/users/teacher-invite");
    const invite = await createTeacherInvite();
    console.log(`${invite.code}  (one use, valid until ${invite.expiresAt.toISOString().slice(0, 10)}; enter it at sign-up or in Settings)`);
  }
} catch (e) {
  if (!isAppError(e)) throw e;
  process.stderr.write(`${e.message}\n`);
  code = 1;
} finally {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
  await server.stop();
}
process.exit(code);
