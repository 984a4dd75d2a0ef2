import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { closedPortUrl } from "@/lib/testing/loopback-upstream";
import { pythonWithSdk } from "@/lib/testing/python-sdk";
import { sdkNeedsTimeout } from "./options";
import { runProcess } from "./testing/run-process";

const CASES: [model: string, maxTokens: number, stream: boolean][] = [
  ["anthropic/claude-opus-4.5", 32_000, false],
  ["anthropic/claude-opus-4.5", 32_000, true],
  ["anthropic/claude-sonnet-4.5", 21_333, false],
  ["anthropic/claude-sonnet-4.5", 21_334, false],
  ["claude-opus-4-0", 8192, false],
  ["claude-opus-4-0", 8193, false],
  ["claude-opus-4-1@20250805", 8193, false],
  ["anthropic/claude-opus-4.5", 8193, false],
];

const request = ([model, maxTokens, stream]: (typeof CASES)[number]): PlaygroundRequest => ({
  body: { model, max_tokens: maxTokens, stream, messages: [{ role: "user", content: "x" }] },
  betas: [],
});

const REFUSAL = "Streaming is required for operations that may take longer than 10 minutes";

/**
 * The SDKs' own rule, not our copy of it: each call goes to a closed port, so a call the SDK
 * lets through fails to connect, while one it refuses fails first with its streaming message.
 */
describe("sdkNeedsTimeout says when the official SDKs refuse a call without a timeout", () => {
  it("TypeScript SDK: every call it refuses", async () => {
    const client = new Anthropic({ baseURL: await closedPortUrl(), apiKey: "x", maxRetries: 0 });
    for (const entry of CASES) {
      const { body } = request(entry);
      // The refusal is thrown synchronously, a connection failure comes as a rejection.
      const error = await (async () =>
        body.stream
          ? client.messages.create({ ...body, stream: true })
          : client.messages.create({ ...body, stream: false }))().then(() => undefined, String);
      // The TypeScript SDK caps fewer models than the Python one; the snippets follow the union.
      if (String(error).includes(REFUSAL))
        expect(sdkNeedsTimeout(request(entry)), `${entry}`).toBe(true);
      else expect(String(error), `${entry}`).toMatch(/Connection error/);
    }
  });

  it("Python SDK, whose capped models include all of the TypeScript SDK's", async () => {
    const script = `
import json, sys, anthropic
client = anthropic.Anthropic(base_url=sys.argv[1], api_key="x", max_retries=0)
for model, max_tokens, stream in json.loads(sys.argv[2]):
    try:
        client.messages.create(model=model, max_tokens=max_tokens, stream=stream, messages=[{"role": "user", "content": "x"}])
        print("sent")
    except Exception as error:
        print(json.dumps(str(error)))
`;
    const result = await runProcess(pythonWithSdk(), [
      // The SDK warns about the deprecated Opus 4 ids on stderr.
      "-W",
      "ignore",
      "-c",
      script,
      await closedPortUrl(),
      JSON.stringify(CASES),
    ]);
    expect(result.stderr).toBe("");
    const outcomes = result.stdout.trim().split("\n");
    expect(outcomes).toHaveLength(CASES.length);
    for (const [index, entry] of CASES.entries())
      expect(outcomes[index]?.includes(REFUSAL), `${entry}`).toBe(sdkNeedsTimeout(request(entry)));
  });
});
