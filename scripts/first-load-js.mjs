#!/usr/bin/env node
// First-load JavaScript of a page, gzipped: every script the page's HTML loads (script tags,
// preloads and the chunks its inline Flight payload names for hydration), fetched from the
// server and gzipped (level 9) as a compressing server would send it. Lazy chunks are not counted.
//
//   node scripts/first-load-js.mjs                  builds nothing: starts `next start` on the
//                                                   build in $NEXT_DIST_DIR (default .next)
//   node scripts/first-load-js.mjs --url http://127.0.0.1:3000/   measures a running server
//   add --json for machine-readable output (the benchmark reads this)
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : (args[i + 1] ?? "");
};
const distName = process.env.NEXT_DIST_DIR || ".next";

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitFor(url, ms, server) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server && server.exitCode !== null) throw new Error("next start exited; is there a build?");
    try {
      const res = await fetch(url);
      if (res.ok) return res.text();
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

/** Script paths the HTML names: <script src>, <link rel=preload|modulepreload>, Flight chunk lists. */
export function scriptPaths(html) {
  const found = new Set();
  // The Flight payload is inline JS strings, so chunk paths may appear with escaped quotes.
  for (const m of html.matchAll(/\/_next\/static\/[^"'\\\s)]+?\.js/g)) found.add(m[0]);
  for (const m of html.matchAll(/"(static\/chunks\/[^"\\]+?\.js)/g)) found.add(`/_next/${m[1]}`);
  // Legacy polyfills (<script nomodule>) are skipped by every browser that runs modules.
  for (const m of html.matchAll(/<script\b[^>]*\bnomodule\b[^>]*>/gi)) {
    const src = /src="([^"]+)"/.exec(m[0])?.[1];
    if (src) found.delete(src.split("?")[0]);
  }
  return [...found].sort();
}

async function main() {
  let url = flag("--url");
  let server;
  if (!url) {
    const port = await freePort();
    server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: {
        ...process.env,
        NEXT_DIST_DIR: distName,
        ZENMUX_API_KEY: "",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    url = `http://127.0.0.1:${port}/`;
  }
  try {
    const html = await waitFor(url, 60_000, server);
    const files = [];
    for (const path of scriptPaths(html)) {
      const res = await fetch(new URL(path, url));
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      files.push({ path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    if (args.includes("--json")) {
      console.log(JSON.stringify({ url, files, totalGzipBytes: total }, null, 2));
    } else {
      for (const f of files) console.log(`${(f.gzip / 1024).toFixed(1).padStart(7)} kB  ${f.path}`);
      console.log(
        `${(total / 1024).toFixed(1).padStart(7)} kB  first-load JS, gzipped (${files.length} files)`,
      );
    }
  } finally {
    if (server && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
