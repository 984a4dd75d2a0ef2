import { describe, expect, it } from "vitest";
import {
  looksLikeRunFile,
  parseRunFile,
  RUN_FILE_MAX_CHARS,
  runFileName,
  runFileText,
} from "@/lib/share/run-file";
import { sampleRecording } from "@/lib/testing/sample-recording";

describe("run files", () => {
  it("round-trip a recording through a versioned JSON file", () => {
    const run = sampleRecording(1, "Tea is a drink.");
    const text = runFileText(run, new Date("2026-01-02T03:04:05Z"));
    expect(JSON.parse(text)).toMatchObject({
      format: "zenmux-playground-run",
      version: 1,
      exportedAt: "2026-01-02T03:04:05.000Z",
    });
    expect(looksLikeRunFile(text)).toBe(true);
    expect(parseRunFile(text)).toEqual({ ok: true, recording: run });
    expect(runFileName(run)).toBe(
      "zenmux-run-anthropic-claude-sonnet-4.5-1970-01-01T00-00-01.json",
    );
  });

  const file = (patch: Record<string, unknown>) =>
    JSON.stringify({
      format: "zenmux-playground-run",
      version: 1,
      recording: sampleRecording(1),
      ...patch,
    });

  it.each([
    ["not JSON", "{ nope", /not valid JSON/],
    ["another JSON file", '{"model":"x"}', /not a ZenMux Playground run file/],
    ["a newer version", file({ version: 2 }), /has version 2; this playground reads version 1/],
    [
      "wrong types",
      file({ recording: { ...sampleRecording(1), startedAtEpoch: "yesterday" } }),
      /recording\.startedAtEpoch/,
    ],
    [
      "a missing request",
      file({ recording: { ...sampleRecording(1), request: null } }),
      /not a valid request/,
    ],
    [
      "a polluting key",
      file({}).replace('"recording":{', '"recording":{"__proto__":{"x":1},'),
      /__proto__/,
    ],
    ["a huge file", " ".repeat(RUN_FILE_MAX_CHARS + 1), /too large/],
  ])("refuse %s with a clear message", (_label, text, message) => {
    const parsed = parseRunFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(message);
  });
});
