import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Server-only guards are for the Next bundler; in unit tests every module is server-side.
      "server-only": path.resolve(__dirname, "lib/testing/server-only-noop.ts"),
    },
  },
  test: {
    include: ["{lib,app,components,scripts}/**/*.test.{ts,tsx}"],
    environment: "node",
    // Vitest's default leaves a core free (one worker on two cores); many of these tests wait on
    // child processes and sockets, so a worker per core keeps the machine busy.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
