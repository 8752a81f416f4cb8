// The npm mirror these machines use does not serve every platform build of a native package
// (e.g. @node-rs/jieba-darwin-arm64), so `npm install` here leaves those optional packages out of
// package-lock.json and `npm ci` then refuses the lock as out of sync. This fills in the missing
// optional entries with their platform (os/cpu/libc) so `npm ci` skips them on other platforms
// and installs them from the public registry where they match. Run after `npm install`.
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const pkgs = lock.packages;
let added = 0;

function platformOf(name) {
  const osMatch = name.match(/(darwin|linux|win32|android|freebsd|wasm32)/);
  const cpuMatch = name.match(/(arm64|x64|ia32|arm(?!64)|ppc64|s390x|riscv64|wasm32)/);
  const entry = {};
  if (osMatch && osMatch[1] !== "wasm32") entry.os = [osMatch[1]];
  if (cpuMatch) entry.cpu = [cpuMatch[1]];
  if (/musl/.test(name)) entry.libc = ["musl"];
  else if (/gnu/.test(name)) entry.libc = ["glibc"];
  return entry;
}

for (const [path, info] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(info.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (pkgs[base] || pkgs[top]) continue;
    const exact = String(version).replace(/^[\^~]/, "");
    pkgs[top] = { version: exact, optional: true, ...platformOf(dep) };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} optional platform entries`);
