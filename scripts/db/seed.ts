// `npm run db:seed`: demo learner, demo teacher, demo class and the demo lesson. Idempotent.
// Run automatically by `npm run dev` the first time (empty database); never by `npm start`.
import { loadDotEnv, prepareDatabase } from "./prepare";

loadDotEnv();
const server = await prepareDatabase();
process.env.DATABASE_URL = server.url;
try {
  const { seedDemo } = await import("@/lib/server/seed/seed-demo");
  await seedDemo();
  console.log("demo data ready: learner@demo.local / demo-learner, teacher@demo.local / demo-teacher");
} finally {
  const { getDb } = await import("@/lib/server/db");
  await getDb().$disconnect();
  await server.stop();
}
