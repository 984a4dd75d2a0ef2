import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANTHROPIC_VERSION, parseBetas } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { pythonWithSdk } from "@/lib/testing/python-sdk";
import { pythonCannotSend } from "./caveats";
import { CORPUS } from "./corpus";
import { generateCurl } from "./curl";
import { generatePython } from "./python";
import {
  REPLY_TEXT,
  type RecordingUpstream,
  startRecordingUpstream,
} from "./testing/recording-upstream";
import { mapLimit, type ProcessResult, runProcess } from "./testing/run-process";
import { runSnippet } from "./testing/run-snippet";
import { expectSameJson } from "./testing/same-json";
import { makeWorkDir } from "./testing/work-dir";
import { generateTypeScript } from "./typescript";

const KEY = "sk-ai-v1-test-key-from-the-environment";

/** Every corpus request in both variants. */
const CASES = CORPUS.flatMap((entry, index) =>
  [false, true].map((stream) => ({
    id: `${index}-${stream ? "stream" : "once"}`,
    name: `${entry.name} (${stream ? "streaming" : "non-streaming"})`,
    request: { ...entry.request, body: { ...entry.request.body, stream } } as PlaygroundRequest,
  })),
);

type Case = (typeof CASES)[number];

let upstream: RecordingUpstream;
let work: ReturnType<typeof makeWorkDir>;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  work = makeWorkDir("codegen-equivalence");
});

afterAll(async () => {
  await upstream?.close();
  work?.remove();
});

/** A clean environment: only the key, so nothing else (proxies, ANTHROPIC_*) leaks in. */
function childEnv(): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: "C.UTF-8",
    PYTHONIOENCODING: "utf-8",
    NO_PROXY: "127.0.0.1,localhost",
    ZENMUX_API_KEY: KEY,
  };
}

function expectArrived(
  language: string,
  run: string,
  request: PlaygroundRequest,
  result: ProcessResult,
) {
  expect(result.code).toBe(0);
  const recorded = upstream.requests(run);
  expect(recorded).toHaveLength(1);
  const [arrived] = recorded;
  expect(arrived?.method).toBe("POST");
  expect(arrived?.path).toBe("/v1/messages");
  expectSameJson(arrived?.body, request.body);
  const headers = arrived?.headers ?? {};
  expect(headers["anthropic-version"]).toBe(ANTHROPIC_VERSION);
  expect(parseBetas([headers["anthropic-beta"]].flat())).toStrictEqual(request.betas);
  const keys = [headers["x-api-key"], headers.authorization?.replace(/^Bearer /, "")];
  expect(keys).toContain(KEY);
  // SDK clients print the reply's text; curl prints the raw JSON or event stream.
  expect(result.stdout).toContain(
    language === "curl" && request.body.stream ? '"type":"message_stop"' : REPLY_TEXT,
  );
}

/** What the panel tells Python users holds: the SDK raises before anything is sent. */
function expectPythonCannotSend(run: string, result: ProcessResult) {
  expect(result.code).not.toBe(0);
  expect(result.stderr).toContain("UnicodeEncodeError");
  expect(upstream.requests(run)).toHaveLength(0);
}

type Runner = (cases: readonly { c: Case; baseUrl: string }[]) => Promise<ProcessResult[]>;

/** Runs every case with its own base URL on the recorder, then checks what each one sent. */
async function runAll(language: string, runner: Runner) {
  const runs = CASES.map((c) => ({ c, baseUrl: upstream.baseUrl(`${language}-${c.id}`) }));
  const results = await runner(runs);
  for (const [index, c] of CASES.entries()) {
    const result = results[index] as ProcessResult;
    try {
      if (language === "python" && pythonCannotSend(c.request))
        expectPythonCannotSend(`${language}-${c.id}`, result);
      else expectArrived(language, `${language}-${c.id}`, c.request, result);
    } catch (error) {
      throw new Error(`${c.name}: ${(error as Error).message}\n${result.stderr}`);
    }
  }
}

/** One child process per case, a few at a time: two cores are shared with the other suites. */
function eachInChild(run: (c: Case, baseUrl: string) => Promise<ProcessResult>): Runner {
  return (runs) => mapLimit(runs, 3, ({ c, baseUrl }) => run(c, baseUrl));
}

describe.concurrent("generated snippets send exactly the playground's request", () => {
  it("cURL, run by bash with real curl", async () => {
    await runAll(
      "curl",
      eachInChild((c, baseUrl) =>
        runSnippet("curl", generateCurl(c.request, { baseUrl }), {
          file: path.join(work.dir, `curl-${c.id}`),
          env: childEnv(),
        }),
      ),
    );
  });

  it("Python, run with the official anthropic SDK", { timeout: 240_000 }, async () => {
    await runAll("python", async (runs) => {
      const files = runs.map(({ c, baseUrl }) => {
        const file = path.join(work.dir, `py-${c.id}.py`);
        writeFileSync(file, generatePython(c.request, { baseUrl }));
        return file;
      });
      const runner = path.join(__dirname, "testing", "python-fork-runner.py");
      const batch = await runProcess(pythonWithSdk(), [runner, ...files], {
        env: childEnv(),
        // One process runs every case in turn: on two shared cores that can take minutes.
        timeoutMs: 220_000,
      });
      expect(batch.stderr).toBe("");
      return files.map((file) => ({
        code: Number(readFileSync(`${file}.code`, "utf8")),
        stdout: readFileSync(`${file}.out`, "utf8"),
        stderr: readFileSync(`${file}.err`, "utf8"),
      }));
    });
  });

  it("TypeScript, transpiled and run by node with the official SDK", {
    timeout: 240_000,
  }, async () => {
    await runAll(
      "typescript",
      eachInChild((c, baseUrl) =>
        runSnippet("typescript", generateTypeScript(c.request, { baseUrl }), {
          file: path.join(work.dir, `ts-${c.id}`),
          env: childEnv(),
        }),
      ),
    );
  });
});
