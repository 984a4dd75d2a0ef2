import { availableParallelism } from "node:os";
import { defineConfig, devices } from "@playwright/test";
// @ts-expect-error: a plain ESM script shared with shell tooling, without type declarations.
import { findChromium } from "./scripts/find-chromium.mjs";

// Parallel runs (several developers, CI) can choose their own port and build folder.
const port = Number(process.env.E2E_PORT ?? 3100);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // As many workers as the machine has cores, all against the one server; E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? availableParallelism()),
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    // A failed test keeps its trace (actions, DOM, network); the screencast, which costs the most
    // CPU on a small machine, is left out.
    trace: { mode: "retain-on-failure", screenshots: false },
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // The production build, in demo mode: no key, so every answer comes from the emulator.
    // `npm test` builds beside the unit tests and says so with E2E_BUILT (scripts/test.mjs).
    command: `${process.env.E2E_BUILT ? "" : "npx next build && "}npx next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/anthropic/v1/models`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    env: {
      NEXT_DIST_DIR: distDir,
      ZENMUX_API_KEY: "",
      EMULATOR_TOKENS_PER_SECOND: process.env.EMULATOR_TOKENS_PER_SECOND ?? "400",
      NEXT_TELEMETRY_DISABLED: "1",
      // One JSON line per proxied request is for operators; the test output keeps the warnings.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  },
});
