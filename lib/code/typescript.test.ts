import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { CORPUS } from "./corpus";
import { runProcess } from "./testing/run-process";
import { makeWorkDir, REPO_ROOT } from "./testing/work-dir";
import { generateTypeScript } from "./typescript";

const work = makeWorkDir("codegen-tsc");
afterAll(() => work.remove());

const BASE = { baseUrl: "https://zenmux.ai/api/anthropic" };

const withStream = (request: PlaygroundRequest, stream: boolean | undefined): PlaygroundRequest => {
  const { stream: _, ...body } = request.body;
  return { ...request, body: stream === undefined ? body : { ...body, stream } };
};

/** `tsc --strict` on the given files, in the repository so it finds the installed SDK. */
function typecheck(files: string[]) {
  return runProcess(
    process.execPath,
    [
      path.join(REPO_ROOT, "node_modules/typescript/bin/tsc"),
      "--strict",
      "--noEmit",
      "--noUncheckedIndexedAccess",
      "--skipLibCheck",
      "--target",
      "es2022",
      "--module",
      "esnext",
      "--moduleResolution",
      "bundler",
      "--types",
      "node",
      "--typeRoots",
      path.join(REPO_ROOT, "node_modules/@types"),
      ...files,
    ],
    { cwd: work.dir, timeoutMs: 180_000 },
  );
}

describe("generateTypeScript", () => {
  it("targets ZenMux with the supported version and the key from the environment", () => {
    const snippet = generateTypeScript(CORPUS[0]?.request as PlaygroundRequest, BASE);
    expect(snippet).toContain('import Anthropic from "@anthropic-ai/sdk";');
    expect(snippet).toContain('baseURL: "https://zenmux.ai/api/anthropic"');
    expect(snippet).toContain("apiKey: process.env.ZENMUX_API_KEY");
    expect(snippet).toContain('defaultHeaders: { "anthropic-version": "2023-06-01" }');
  });

  it("streams with messages.stream and prints text as it arrives", () => {
    const snippet = generateTypeScript(
      withStream(CORPUS[0]?.request as PlaygroundRequest, true),
      BASE,
    );
    expect(snippet).toContain("client.messages.stream(params)");
    expect(snippet).toContain('stream.on("text"');
    expect(snippet).toContain("await stream.finalMessage()");
    expect(snippet).not.toContain("stream: true");
  });

  it("sends betas as a request header", () => {
    const request = CORPUS.find((entry) => entry.request.betas.length > 1)?.request;
    const snippet = generateTypeScript(request as PlaygroundRequest, BASE);
    expect(snippet).toContain(`{ headers: { "anthropic-beta": "${request?.betas.join(",")}" } }`);
  });

  it("writes __proto__ as a computed key, the only spelling that defines the property", () => {
    const request = CORPUS[0]?.request as PlaygroundRequest;
    const snippet = generateTypeScript(
      {
        body: {
          ...request.body,
          ...JSON.parse('{"__proto__": 1}'),
        },
        betas: [],
      },
      BASE,
    );
    expect(snippet).toContain('["__proto__"]: 1');
    expect(snippet).toContain('["__proto__"]?: unknown');
  });

  it("sets a timeout, saying why, where the SDK refuses a call without one", () => {
    const request = CORPUS[0]?.request as PlaygroundRequest;
    const snippet = generateTypeScript(
      { ...request, body: { ...request.body, max_tokens: 32_000 } },
      BASE,
    );
    expect(snippet).toContain(
      "// The SDK refuses non-streaming calls it expects to outlast 10 minutes unless given a timeout.\nconst message = await client.messages.create(params, { timeout: 3600000 });",
    );
    expect(generateTypeScript(request, BASE)).not.toContain("timeout");
  });

  it("compiles with tsc --strict for the whole corpus, and the sampling-field typing is needed", {
    timeout: 240_000,
  }, async () => {
    const files = CORPUS.flatMap((entry, index) =>
      [undefined, false, true].map((stream) => {
        const file = path.join(work.dir, `snippet-${index}-${String(stream)}.ts`);
        writeFileSync(file, generateTypeScript(withStream(entry.request, stream), BASE));
        return file;
      }),
    );
    // A control: the same snippet without the declared extra fields must not compile, which
    // proves the check sees the SDK's real types (they lack `temperature`).
    const sampled = CORPUS.find((entry) => entry.request.body.temperature !== undefined);
    const control = path.join(work.dir, "control.ts");
    const source = generateTypeScript(
      withStream(sampled?.request as PlaygroundRequest, false),
      BASE,
    );
    writeFileSync(control, source.replace(/ & \{[^}]*\}/, ""));
    expect(source).not.toBe(source.replace(/ & \{[^}]*\}/, ""));

    const result = await typecheck([...files, control]);
    const errors = result.stdout.split("\n").filter((line) => line.includes("error TS"));
    expect(errors.filter((line) => !line.startsWith("control.ts"))).toEqual([]);
    expect(
      errors.some((line) => line.startsWith("control.ts") && line.includes("temperature")),
    ).toBe(true);
  });
});
