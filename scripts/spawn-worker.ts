// Starts `scripts/worker.ts` as a child process (npm run dev, the browser tests, the two-process test).
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export function spawnWorker(env: NodeJS.ProcessEnv, stdio: "inherit" | "pipe" = "inherit"): ChildProcess {
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  return spawn(process.execPath, [tsxCli, "--conditions=react-server", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env,
    stdio: stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
  });
}
