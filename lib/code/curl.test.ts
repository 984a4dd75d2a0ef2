import { describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { generateCurl } from "./curl";
import { quotedHeredoc } from "./shell";
import { runProcess } from "./testing/run-process";

const request: PlaygroundRequest = {
  body: {
    model: "anthropic/claude-sonnet-4.5",
    max_tokens: 16,
    messages: [{ role: "user", content: "it's $HOME `id` \\n\nJSON\nEOF" }],
  },
  betas: ["a-1", "b-2"],
};

describe("generateCurl", () => {
  it("posts to the base URL's messages endpoint with the version, key variable and betas", () => {
    const snippet = generateCurl(request, { baseUrl: "https://zenmux.ai/api/anthropic/" });
    expect(snippet.startsWith("curl https://zenmux.ai/api/anthropic/v1/messages \\\n")).toBe(true);
    expect(snippet).toContain('-H "x-api-key: $ZENMUX_API_KEY"');
    expect(snippet).toContain('-H "anthropic-version: 2023-06-01"');
    expect(snippet).toContain('-H "content-type: application/json"');
    expect(snippet).toContain('-H "anthropic-beta: a-1,b-2"');
    expect(snippet).not.toContain("--no-buffer");
  });

  it("adds --no-buffer for streams and no beta header without betas", () => {
    const snippet = generateCurl(
      { body: { ...request.body, stream: true }, betas: [] },
      { baseUrl: "http://localhost:3000/api/anthropic" },
    );
    expect(snippet).toContain("--no-buffer");
    expect(snippet).not.toContain("anthropic-beta");
  });

  it("hands curl exactly the JSON on standard input, through a quoted heredoc", async () => {
    const snippet = generateCurl(request, { baseUrl: "x" });
    expect(snippet).toContain("--data-binary @- <<'JSON'\n");
    // Replace curl by a function printing its standard input: what bash would hand to curl.
    const result = await runProcess("bash", ["-c", `curl() { cat; }\n${snippet}`]);
    expect(result.stdout).toBe(`${JSON.stringify(request.body, null, 2)}\n`);
  });

  it("picks a heredoc delimiter that no line of the text equals", async () => {
    const text = "JSON\nJSON_1\n$HOME `id`\nJSON_2x";
    const heredoc = quotedHeredoc(text);
    expect(heredoc.redirect).toBe("<<'JSON_2'");
    const result = await runProcess("bash", ["-c", `cat ${heredoc.redirect}\n${heredoc.document}`]);
    expect(result.stdout).toBe(`${text}\n`);
  });
});
