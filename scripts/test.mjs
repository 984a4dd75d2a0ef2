#!/usr/bin/env node
// `npm test`: every check, in the order that keeps a two-core machine busy. The type check, the
// lint, the unit tests and the production build do not depend on each other, so they run side by
// side (the build waits for the type check only, which reads the build's generated types). Then
// the browser tests run against that build. Each step's output is printed whole when it ends,
// so the log reads step by step; the first failure stops the run with that step's output.
import { spawn } from "node:child_process";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** One step: a command, with the environment it adds. */
function step(name, command, args, env = {}) {
  return { name, command, args, env };
}

const STEPS = {
  python: step("Python SDK", "bash", ["scripts/ensure-python-sdk.sh"]),
  types: step("types", "npx", ["tsc", "--noEmit"]),
  lint: step("lint", "npx", ["biome", "check", "."]),
  unit: step("unit tests", "npx", ["vitest", "run"]),
  // The build the browser tests start, in demo mode (playwright.config.ts names the same env).
  build: step("build", "npx", ["next", "build"], {
    NEXT_DIST_DIR: distDir,
    ZENMUX_API_KEY: "",
    NEXT_TELEMETRY_DISABLED: "1",
  }),
  browser: step("browser tests", "npx", ["playwright", "test"], { E2E_BUILT: "1" }),
};

const running = new Set();

function run({ name, command, args, env }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    child.on("close", (code, signal) => {
      running.delete(child);
      const seconds = Math.round((Date.now() - started) / 1000);
      const ok = code === 0;
      process.stdout.write(`\n── ${name}: ${ok ? "passed" : "FAILED"} in ${seconds} s ──\n`);
      process.stdout.write(Buffer.concat(output));
      // Any failure, a signal from outside included, ends the run: nothing after it may pass
      // for the whole.
      if (!ok) fail(name, signal);
      resolve();
    });
  });
}

function fail(name, signal) {
  const how = signal ? `was stopped by ${signal}` : "failed";
  process.stdout.write(`\nnpm test: ${name} ${how}; stopping the other steps.\n`);
  for (const child of running) child.kill("SIGTERM");
  process.exit(1);
}

/** Runs the steps one after another; a chain is one lane of the parallel stage. */
async function chain(...steps) {
  for (const each of steps) await run(each);
}

// The browser tests print as they go: a long run shows its progress.
function runLive({ name, command, args, env }) {
  process.stdout.write(`\n── ${name} ──\n`);
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: "inherit" });
  child.on("close", (code) => process.exit(code ?? 1));
}

await Promise.all([
  chain(STEPS.types, STEPS.build),
  chain(STEPS.lint),
  chain(STEPS.python, STEPS.unit),
]);
runLive(STEPS.browser);
