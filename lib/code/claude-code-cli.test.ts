import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as emulatorCountTokens } from "@/app/api/emulator/v1/messages/count_tokens/route";
import { POST as emulatorMessages } from "@/app/api/emulator/v1/messages/route";
import { GET as emulatorModels } from "@/app/api/emulator/v1/models/route";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { serveProxy } from "@/lib/testing/serve-proxy";
import { type ServedHandler, serve } from "@/lib/testing/serve-web-handler";
import { generateClaudeCode } from "./claude-code";
import { singleQuote } from "./shell";
import { runProcess } from "./testing/run-process";
import { REPO_ROOT } from "./testing/work-dir";

const KEY = "sk-ai-v1-claude-code-test-key";
const MODEL = "anthropic/claude-haiku-4.5";

interface Arrived {
  path: string;
  headers: Record<string, string>;
  body: { model?: unknown; messages?: unknown[] } | undefined;
}

/** The emulator's own route handlers, standing in for ZenMux, recording what reaches them. */
function serveRecordingEmulator(arrived: Arrived[]): Promise<ServedHandler> {
  return serve(async (request) => {
    const url = new URL(request.url);
    const text = request.method === "POST" ? await request.clone().text() : "";
    arrived.push({
      path: url.pathname,
      headers: Object.fromEntries(request.headers),
      body: text ? JSON.parse(text) : undefined,
    });
    if (url.pathname === "/api/emulator/v1/messages/count_tokens")
      return emulatorCountTokens(request);
    if (url.pathname === "/api/emulator/v1/messages") return emulatorMessages(request);
    if (url.pathname === "/api/emulator/v1/models") return emulatorModels(request);
    return new Response("not found", { status: 404 });
  });
}

const arrived: Arrived[] = [];
let emulator: ServedHandler;
/** The playground's proxy, with a client key: it forwards to the emulator over HTTP. */
let playground: ServedHandler;
/** HOME, config and working directory of the CLI: the real user's config is never read or written. */
const home = mkdtempSync(path.join(tmpdir(), "claude-code-home-"));

beforeAll(async () => {
  emulator = await serveRecordingEmulator(arrived);
  playground = await serveProxy({
    ZENMUX_API_KEY: undefined,
    ZENMUX_BASE_URL: `${emulator.url}/api/emulator`,
    EMULATOR_TOKENS_PER_SECOND: 5000,
  });
});

afterAll(async () => {
  await Promise.all([playground?.close(), emulator?.close()]);
  rmSync(home, { recursive: true, force: true });
});

/**
 * Runs the tab's snippet for `model` with its last line, `claude`, replaced by print mode: the
 * tab's exports exactly, then one prompt instead of the interactive session.
 */
async function runClaudeCode(model: string, prompt: string) {
  arrived.length = 0;
  const request: PlaygroundRequest = {
    body: { model, max_tokens: 1024, messages: [{ role: "user", content: "hi" }] },
    betas: [],
  };
  const snippet = generateClaudeCode(request, { baseUrl: `${playground.url}/api/anthropic` });
  expect(snippet.endsWith("\nclaude\n")).toBe(true);
  const script = `${snippet.slice(0, -"claude\n".length)}claude -p ${singleQuote(prompt)} --output-format json\n`;
  const result = await runProcess("bash", ["-c", script], {
    cwd: home,
    timeoutMs: 150_000,
    env: {
      PATH: `${path.join(REPO_ROOT, "node_modules", ".bin")}:${process.env.PATH}`,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, ".config"),
      CLAUDE_CONFIG_DIR: path.join(home, ".claude"),
      LANG: "C.UTF-8",
      NO_PROXY: "127.0.0.1,localhost",
      ZENMUX_API_KEY: KEY,
      // No network here, and nothing to report to.
      DISABLE_TELEMETRY: "1",
      DISABLE_ERROR_REPORTING: "1",
      DISABLE_AUTOUPDATER: "1",
    },
  });
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  const output = JSON.parse(result.stdout) as {
    type: string;
    is_error: boolean;
    result: string;
    num_turns: number;
  };
  expect(output).toMatchObject({ type: "result", is_error: false });
  expect(output.result.length).toBeGreaterThan(0);
  const turns = arrived.filter((entry) => entry.path === "/api/emulator/v1/messages");
  expect(turns.length).toBeGreaterThan(0);
  for (const turn of turns) {
    expect(turn.body?.model).toBe(model);
    // The tab's ANTHROPIC_AUTH_TOKEN, which the playground forwards as ZenMux's x-api-key.
    expect(turn.headers["x-api-key"]).toBe(KEY);
    expect(turn.headers["anthropic-version"]).toBe("2023-06-01");
  }
  return { output, turns };
}

describe("the Claude Code tab, run by the real Claude Code CLI through the playground", () => {
  it("completes a turn, sending the tab's model and key", { timeout: 180_000 }, async () => {
    const { turns } = await runClaudeCode(MODEL, "Reply with one short greeting.");
    expect(JSON.stringify(turns.at(-1)?.body?.messages)).toContain(
      "Reply with one short greeting.",
    );
  });

  it("answers a tool call the emulator makes with its result, in a second turn", {
    timeout: 180_000,
  }, async () => {
    writeFileSync(path.join(home, "notes.txt"), "The notes say hello.\n");
    const { output, turns } = await runClaudeCode(
      "anthropic/claude-sonnet-4.5",
      `Use the Read tool to read the file ${path.join(home, "notes.txt")}.`,
    );
    expect(output.num_turns).toBe(2);
    // Whatever the tool did (print mode denies those that need approval), its result came back.
    const [first, ...later] = turns;
    expect(JSON.stringify(first?.body?.messages)).not.toContain('"tool_result"');
    expect(JSON.stringify(later.at(-1)?.body?.messages)).toContain('"type":"tool_result"');
  });
});
