/**
 * A demo prepared in advance: an ordered list of scenes (a request, a comparison, or a recording
 * that replays offline), saved to and read from a versioned JSON file.
 */
import "@/lib/request/zod-without-eval";
import { z } from "zod";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { comparisonSchema } from "@/lib/compare/compare-schema";
import { parsePlaygroundRequest } from "@/lib/request/parse-request";
import { describeIssue, parseUntrustedJson } from "@/lib/request/untrusted-json";
import { recordingSchema } from "@/lib/run/recording";

export const SCENES_FILE_FORMAT = "zenmux-playground-scenes";
export const SCENES_FILE_VERSION = 1;
const SCENES_MAX_CHARS = 50_000_000;

const requestSchema = z.unknown().transform((value, ctx): PlaygroundRequest => {
  const request = parsePlaygroundRequest(value);
  if (!request) {
    ctx.addIssue({ code: "custom", message: "a scene's request is not a valid request" });
    return z.NEVER;
  }
  return request;
});

const title = z.string().max(200);

export const sceneSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("request"), title, request: requestSchema }),
  z.object({
    kind: z.literal("comparison"),
    title,
    request: requestSchema,
    comparison: comparisonSchema,
  }),
  z.object({ kind: z.literal("recording"), title, recording: recordingSchema }),
]);
export type Scene = z.infer<typeof sceneSchema>;

const scenesFileSchema = z.object({
  format: z.literal(SCENES_FILE_FORMAT),
  version: z.literal(SCENES_FILE_VERSION),
  scenes: z.array(sceneSchema).max(200),
});

export function scenesFileText(scenes: readonly Scene[]): string {
  return `${JSON.stringify({ format: SCENES_FILE_FORMAT, version: SCENES_FILE_VERSION, scenes }, null, 2)}\n`;
}

export type ScenesParse = { ok: true; scenes: Scene[] } | { ok: false; error: string };

/** Reads a scenes file; never throws, and says what is wrong with a bad one. */
export function parseScenesFile(text: string): ScenesParse {
  const json = parseUntrustedJson(text, "scenes file", SCENES_MAX_CHARS);
  if (!json.ok) return json;
  const envelope = json.value as { format?: unknown; version?: unknown } | null;
  if (typeof envelope !== "object" || envelope === null || envelope.format !== SCENES_FILE_FORMAT) {
    return { ok: false, error: "This is not a ZenMux Playground scenes file." };
  }
  if (envelope.version !== SCENES_FILE_VERSION) {
    return {
      ok: false,
      error: `The scenes file has version ${String(envelope.version)}; this playground reads version ${SCENES_FILE_VERSION}.`,
    };
  }
  const parsed = scenesFileSchema.safeParse(envelope);
  if (!parsed.success) {
    return {
      ok: false,
      error: `The scenes file could not be used: ${describeIssue(parsed.error.issues[0])}.`,
    };
  }
  return { ok: true, scenes: parsed.data.scenes };
}

/** The scene list with one scene moved by `by` places (clamped), or removed. */
export function moveScene(scenes: readonly Scene[], index: number, by: number): Scene[] {
  const next = [...scenes];
  const [scene] = next.splice(index, 1);
  if (!scene) return next;
  next.splice(Math.max(0, Math.min(next.length, index + by)), 0, scene);
  return next;
}

/** A short title from the request's last user line. */
export function sceneTitle(prefix: string, line: string): string {
  const trimmed = line.length > 60 ? `${line.slice(0, 57)}…` : line;
  return trimmed ? `${prefix}: ${trimmed}` : prefix;
}
