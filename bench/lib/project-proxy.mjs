import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** What the bench and the proxy profiler share: the project's proxy setup and the load client. */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the bench builds the project. */
export const PROJECT_DIST = ".next-bench";

/** `next start`'s environment for the project. */
export const PROJECT_ENV = {
  NEXT_DIST_DIR: PROJECT_DIST,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
};

/**
 * The project as a real ZenMux proxy: a server key and ZENMUX_BASE_URL at the loopback upstream.
 * The server key's guard still runs on every request (its cost is measured), but its per-client
 * limits sit above the load the bench sends from one loopback address.
 */
export const projectProxyEnv = (upstreamUrl) => ({
  ...PROJECT_ENV,
  ZENMUX_BASE_URL: upstreamUrl,
  ZENMUX_API_KEY: "bench-placeholder-key",
  PLAYGROUND_RPM: "10000000",
  PLAYGROUND_MAX_CONCURRENT_STREAMS: "100000",
  PLAYGROUND_DAILY_BUDGET_USD: "1000000000",
});

/** Runs one job of `bench/lib/load-client.mjs` in its own process and returns its figures. */
export function runLoadClient(job) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, "bench/lib/load-client.mjs"), JSON.stringify(job)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load client exited ${code}`)),
    );
  });
}
