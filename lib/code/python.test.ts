import { describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { generatePython } from "./python";

const BASE = { baseUrl: "https://zenmux.ai/api/anthropic" };
const request: PlaygroundRequest = {
  body: {
    model: "anthropic/claude-sonnet-4.5",
    max_tokens: 16,
    temperature: 0.5,
    metadata: { user_id: null },
    messages: [{ role: "user", content: [{ type: "text", text: "hi", cache_control: null }] }],
  },
  betas: ["x-1"],
};

describe("generatePython", () => {
  it("uses the SDK with the base URL and the key from the environment", () => {
    const snippet = generatePython(request, BASE);
    expect(snippet).toContain('base_url="https://zenmux.ai/api/anthropic"');
    expect(snippet).toContain('api_key=os.environ["ZENMUX_API_KEY"]');
    expect(snippet).toContain("message = client.messages.create(");
    expect(snippet).toContain("print(message.to_json())");
  });

  it("writes Python literals and sends unknown fields and betas as extras", () => {
    const snippet = generatePython(request, BASE);
    expect(snippet).toContain('metadata={"user_id": None}');
    expect(snippet).toContain('"cache_control": None');
    expect(snippet).toContain('extra_body={"temperature": 0.5}');
    expect(snippet).toContain('extra_headers={"anthropic-beta": "x-1"}');
  });

  it("streams with messages.stream and prints text as it arrives", () => {
    const snippet = generatePython({ ...request, body: { ...request.body, stream: true } }, BASE);
    expect(snippet).toContain("with client.messages.stream(");
    expect(snippet).toContain('print(text, end="", flush=True)');
    expect(snippet).not.toContain("stream=");
  });

  it("sets a timeout, saying why, only where the SDK refuses a call without one", () => {
    const long = { ...request, body: { ...request.body, max_tokens: 32_000 } };
    const snippet = generatePython(long, BASE);
    expect(snippet).toContain(
      "    # The SDK refuses non-streaming calls it expects to outlast 10 minutes unless given a timeout.\n    timeout=3600,\n)",
    );
    expect(generatePython({ ...long, body: { ...long.body, stream: true } }, BASE)).not.toContain(
      "timeout",
    );
    expect(generatePython(request, BASE)).not.toContain("timeout");
  });

  it("says first when Python cannot send the request", () => {
    const broken = { ...request, body: { ...request.body, system: "a\ud800b" } };
    expect(generatePython(broken, BASE)).toMatch(
      /^# Python cannot send this request: [^\n]*\n# [\s\S]*UnicodeEncodeError/,
    );
    expect(generatePython(request, BASE)).toMatch(/^import os/);
  });
});
