// How every launcher starts the production server (scripts/server.ts): `npm start`, the browser
// tests, the two-process test and the benchmarks all run what production runs.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import net from "node:net";
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

/** A port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * Resolves once `url` answers `ready(status)` (default: 2xx), polling every 250 ms for at most
 * 60 s. Fails at once if `server` exits first; `detail` adds e.g. the server's output to the error.
 */
export async function waitForServer(url: string, opts: { server?: ChildProcess; ready?: (status: number) => boolean; detail?: () => string } = {}): Promise<void> {
  const ready = opts.ready ?? ((status: number) => status >= 200 && status < 300);
  const detail = () => (opts.detail ? `\n${opts.detail()}` : "");
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (opts.server && opts.server.exitCode !== null) throw new Error(`the server exited before answering ${url}${detail()}`);
    if (await fetch(url).then((r) => ready(r.status), () => false)) return;
    if (Date.now() > deadline) throw new Error(`the server did not answer ${url} within 60 s (after \`npm run build\`?)${detail()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
