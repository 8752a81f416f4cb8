// The production HTTP server (`npm start`): Next.js (the build in .next, as `next start` serves
// it) behind Node's own HTTP server, which answers the one route whose requests are too many to
// pay Next's per-request handling: POST /api/review/answers, every answer of every learner.
// Measured with `npm run bench:review -- --http` on 2 cores: through Next the server spent
// ~1.5 ms of CPU per answer, ~0.85 ms of it before our code ran (a 401 with no database work);
// called directly, the same route handler costs ~0.5 ms. It is the same exported handler
// (app/api/review/answers/route.ts): the same wrapper checks the origin, the session, the body,
// sets the API headers and writes the log line. Everything else, including that path with a query
// string or another method, goes to Next.
//
// PORT (default 3000) and HOST (default: every interface, as `next start`) choose where it
// listens. Run by scripts/run-next.ts with the trusted-proxy preload, which cleans
// X-Forwarded-* before any request handler sees it.
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const app = next({ dev: false, dir: process.cwd(), port, hostname: host ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
// Imported after next() has set up its environment (AsyncLocalStorage), which next/server needs.
const { directRoutes } = await import("@/lib/server/http/node-bridge");
const { errorResponse } = await import("@/lib/server/auth/guard");
const answers = await import("@/app/api/review/answers/route");

const server = http.createServer(directRoutes({ "POST /api/review/answers": answers.POST }, handle, errorResponse));
server.listen(port, host, () => console.log(`ready on http://${host ?? "localhost"}:${port}`));

// Finish the requests in flight, then exit (at most 5 s: a client holding a connection open).
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
