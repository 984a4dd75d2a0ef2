#!/usr/bin/env node
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { nextBin } from "./lib/naive-next.mjs";
import { startServer } from "./lib/processes.mjs";
import { projectProxyEnv, runLoadClient } from "./lib/project-proxy.mjs";

/**
 * `node bench/profile-proxy.mjs`: the project's proxy (the `.next-bench` build, run `npm run bench`
 * once first) under `node --cpu-prof`, loaded as the bench loads it (requests at c=1, then c=50),
 * then where the CPU went, by self time per file and per function. The sampled times are wall
 * time while the thread ran, inflated when other work shares the cores: read them as shares.
 * The profile stays in a temporary folder (open it in Chrome DevTools for the call tree).
 * Environment: BENCH_PORT_BASE (default 3400), PROFILE_REQUESTS (1500), PROFILE_C50_MS (8000).
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const base = Number(process.env.BENCH_PORT_BASE ?? 3400);
const dir = mkdtempSync(path.join(os.tmpdir(), "proxy-profile-"));
const NODE = process.execPath;

const upstream = await startServer(
  "upstream",
  NODE,
  [path.join(ROOT, "bench/servers/upstream.mjs"), String(base)],
  { port: base, probeDir: dir },
);
const project = await startServer(
  "project",
  NODE,
  [
    "--cpu-prof",
    "--cpu-prof-dir",
    dir,
    nextBin(ROOT),
    "start",
    "-p",
    String(base + 3),
    "-H",
    "127.0.0.1",
  ],
  {
    port: base + 3,
    cwd: ROOT,
    probeDir: dir,
    env: projectProxyEnv(upstream.url),
  },
);

const targets = [{ name: "project", url: `${project.url}/api/anthropic/v1/messages` }];
const c1 = await runLoadClient({
  kind: "requests",
  targets,
  concurrency: 1,
  count: Number(process.env.PROFILE_REQUESTS ?? 1500),
});
const c50 = await runLoadClient({
  kind: "requests",
  targets,
  concurrency: 50,
  durationMs: Number(process.env.PROFILE_C50_MS ?? 8000),
});
await project.stop();
await upstream.stop();
const requests = c1.project.requests + c50.project.requests;

const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
if (!file) throw new Error(`no profile was written in ${dir}`);
const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const byFunction = new Map();
const byFile = new Map();
const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
profile.samples.forEach((id, i) => {
  const frame = nodes.get(id);
  if (frame.functionName === "(idle)") return;
  const where = (frame.url || frame.functionName)
    .replace(/^.*node_modules\//, "")
    .replace(`file://${ROOT}/`, "");
  add(byFile, where, profile.timeDeltas[i] ?? 0);
  add(
    byFunction,
    `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber + 1}`,
    profile.timeDeltas[i] ?? 0,
  );
});
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `${String(Math.round(us / requests)).padStart(6)} µs/request  ${name}`)
    .join("\n");
console.log(`${requests} requests; profile: ${path.join(dir, file)}\n`);
console.log(`By file (self time):\n${top(byFile, 25)}\n`);
console.log(`By function (self time):\n${top(byFunction, 30)}`);
