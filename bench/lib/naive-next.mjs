import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The cost of Next.js itself: the simplest route-handler proxy one would write (fetch, then
 * `new Response(upstream.body)`), built with the project's own Next.js in a temporary folder
 * inside bench/.tmp (so it resolves the project's node_modules, hence the very same version).
 * Its empty page is the floor of Next's first-load JavaScript.
 */

const ROUTE = `export const dynamic = "force-dynamic";

export async function POST(request) {
  const { search } = new URL(request.url);
  const upstream = await fetch(\`\${process.env.BENCH_UPSTREAM}/v1/messages\${search}\`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "anthropic-version": request.headers.get("anthropic-version") ?? "2023-06-01",
    },
    body: await request.arrayBuffer(),
    signal: request.signal,
  });
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { "content-type": upstream.headers.get("content-type") ?? "application/json" },
  });
}
`;

const LAYOUT = `export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`;

const PAGE = `export default function Page() {
  return <main><h1>Naive</h1></main>;
}
`;

const CONFIG = (root) => `module.exports = { turbopack: { root: ${JSON.stringify(root)} } };
`;

/**
 * Writes and builds the naive app in bench/.tmp/naive-next (git-ignored); returns its folder.
 * With `reuse`, an earlier build there is used as it is (BENCH_SKIP_BUILD=1).
 */
export function buildNaiveNext(projectRoot, { reuse = false } = {}) {
  const dir = path.join(projectRoot, "bench", ".tmp", "naive-next");
  if (reuse && existsSync(path.join(dir, ".next", "BUILD_ID"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const route = path.join(dir, "app", "api", "anthropic", "v1", "messages");
  mkdirSync(route, { recursive: true });
  writeFileSync(path.join(route, "route.js"), ROUTE);
  writeFileSync(path.join(dir, "app", "layout.js"), LAYOUT);
  writeFileSync(path.join(dir, "app", "page.js"), PAGE);
  writeFileSync(path.join(dir, "next.config.js"), CONFIG(projectRoot));
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "naive-next", private: true }, null, 2),
  );
  const build = spawnSync(nextBin(projectRoot), ["build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" },
  });
  if (build.status !== 0)
    throw new Error(`Building the naive Next.js app failed:\n${build.stdout}\n${build.stderr}`);
  return dir;
}

export function nextBin(projectRoot) {
  return path.join(projectRoot, "node_modules", ".bin", "next");
}
