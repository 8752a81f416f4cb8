// How every launcher starts the production server (scripts/server.ts): `npm start`, the browser
// tests, the two-process test and the benchmarks all run what production runs.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");

/** Environment that preloads scripts/trusted-proxy.mjs: it settles the client address and protocol from the socket and TRUSTED_PROXIES before any handler runs. */
export function trustedProxyPreload(): Record<string, string> {
  const preload = path.join(root, "scripts", "trusted-proxy.mjs");
  const options = [process.env.NODE_OPTIONS ?? "", `--import=${JSON.stringify(pathToFileURL(preload).href)}`].filter(Boolean).join(" ");
  return { NODE_OPTIONS: options, NEWSCARDS_TRUSTED_PROXY_PRELOAD: "1" };
}

export function spawnServer(opts: { port: number | string; host?: string; env?: NodeJS.ProcessEnv; stdio?: StdioOptions; nodeArgs?: string[] }): ChildProcess {
  // Node itself with tsx's loader (as scripts/spawn-worker.ts): a signal to the child reaches the server.
  return spawn(process.execPath, [...(opts.nodeArgs ?? []), "--import", "tsx", "--conditions=react-server", path.join(root, "scripts", "server.ts")], {
    cwd: root,
    env: { ...(opts.env ?? process.env), ...trustedProxyPreload(), NODE_ENV: "production", PORT: String(opts.port), HOST: opts.host ?? "" },
    stdio: opts.stdio ?? "inherit",
  });
}
