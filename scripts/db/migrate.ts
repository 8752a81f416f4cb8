// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded server).
import { loadDotEnv, prepareDatabase } from "./prepare";

loadDotEnv();
const server = await prepareDatabase();
await server.stop();
