import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { generateClaudeCode } from "./claude-code";
import { runProcess } from "./testing/run-process";

const bin = mkdtempSync(path.join(tmpdir(), "claude-bin-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
// A stand-in for the `claude` CLI (not our code): it prints the environment it was started with.
writeFileSync(path.join(bin, "claude"), "#!/bin/sh\nexec env\n");
chmodSync(path.join(bin, "claude"), 0o755);

const request = (model: string): PlaygroundRequest => ({
  body: { model, max_tokens: 1, messages: [{ role: "user", content: "hi" }] },
  betas: [],
});

async function envSeenByClaude(model: string): Promise<Record<string, string>> {
  const snippet = generateClaudeCode(request(model), {
    baseUrl: "https://zenmux.ai/api/anthropic",
  });
  const result = await runProcess("bash", ["-c", snippet], {
    env: { PATH: `${bin}:${process.env.PATH}`, ZENMUX_API_KEY: "sk-test" },
  });
  expect(result.code).toBe(0);
  return Object.fromEntries(
    result.stdout
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

describe("generateClaudeCode", () => {
  it("starts claude with ZenMux's settings and the key from the environment", async () => {
    const env = await envSeenByClaude("anthropic/claude-opus-4.5");
    expect(env).toMatchObject({
      ANTHROPIC_BASE_URL: "https://zenmux.ai/api/anthropic",
      ANTHROPIC_AUTH_TOKEN: "sk-test",
      ANTHROPIC_API_KEY: "",
      CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS: "1",
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
      ANTHROPIC_MODEL: "anthropic/claude-opus-4.5",
      ANTHROPIC_DEFAULT_OPUS_MODEL: "anthropic/claude-opus-4.5",
    });
    expect(env.ANTHROPIC_DEFAULT_SONNET_MODEL).toBeUndefined();
  });

  it("places the model by family, and only as ANTHROPIC_MODEL for other providers", async () => {
    expect(
      (await envSeenByClaude("anthropic/claude-haiku-4.5")).ANTHROPIC_DEFAULT_HAIKU_MODEL,
    ).toBe("anthropic/claude-haiku-4.5");
    const other = await envSeenByClaude("openai/gpt-5");
    expect(other.ANTHROPIC_MODEL).toBe("openai/gpt-5");
    expect(Object.keys(other).filter((key) => key.startsWith("ANTHROPIC_DEFAULT_"))).toEqual([]);
  });
});
