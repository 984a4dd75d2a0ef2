import { describe, expect, it } from "vitest";
import { defaultRequest } from "@/lib/anthropic/request";
import { newColumn } from "@/lib/compare/compare";
import {
  moveScene,
  parseScenesFile,
  SCENES_FILE_FORMAT,
  type Scene,
  scenesFileText,
} from "@/lib/present/scenes";
import { sampleRecording } from "@/lib/testing/sample-recording";

const scenes: Scene[] = [
  { kind: "request", title: "Hello", request: defaultRequest() },
  {
    kind: "comparison",
    title: "Two models",
    request: defaultRequest(),
    comparison: { columns: [newColumn("a/b"), newColumn("c/d", { temperature: 0 })] },
  },
  { kind: "recording", title: "Kept", recording: sampleRecording(2) },
];

describe("scenes files", () => {
  it("round-trips every kind of scene, in order", () => {
    expect(parseScenesFile(scenesFileText(scenes))).toEqual({ ok: true, scenes });
  });

  it("refuses other files, other versions and hostile scenes with a message", () => {
    expect(parseScenesFile("{")).toMatchObject({ ok: false });
    expect(parseScenesFile('{"format":"zenmux-playground-run","version":1}')).toEqual({
      ok: false,
      error: "This is not a ZenMux Playground scenes file.",
    });
    expect(
      parseScenesFile(JSON.stringify({ format: SCENES_FILE_FORMAT, version: 9, scenes: [] })),
    ).toMatchObject({ ok: false, error: expect.stringContaining("version 9") });
    const hostile = JSON.stringify({
      format: SCENES_FILE_FORMAT,
      version: 1,
      scenes: [{ kind: "request", title: "x", request: { body: { model: 1 }, betas: [] } }],
    });
    expect(parseScenesFile(hostile)).toMatchObject({ ok: false });
    const stalling = JSON.stringify({
      format: SCENES_FILE_FORMAT,
      version: 1,
      scenes: [
        {
          kind: "recording",
          title: "x",
          recording: { ...sampleRecording(1), chunks: [{ atMs: 1e12, text: "x" }] },
        },
      ],
    });
    expect(parseScenesFile(stalling)).toMatchObject({ ok: false });
  });

  it("moves scenes within bounds", () => {
    const titles = (list: Scene[]) => list.map((scene) => scene.title);
    expect(titles(moveScene(scenes, 0, 1))).toEqual(["Two models", "Hello", "Kept"]);
    expect(titles(moveScene(scenes, 2, 5))).toEqual(["Hello", "Two models", "Kept"]);
    expect(titles(moveScene(scenes, 1, -9))).toEqual(["Two models", "Hello", "Kept"]);
  });
});
