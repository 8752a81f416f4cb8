// Starts `scripts/worker.ts` as a child process (npm run dev, the browser tests, the two-process test).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export function spawnWorker(env: NodeJS.ProcessEnv, stdio: "inherit" | "pipe" = "inherit"): ChildProcess {
  // Node itself with tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild, which
  // a SIGKILL of the child would leave running.
  return spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env,
    stdio: stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
  });
}
