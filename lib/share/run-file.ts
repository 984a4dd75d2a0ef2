/**
 * A run as a file: a versioned JSON envelope around its recording. Export writes it; Import (the
 * dialog, or a file dropped on the page) reads it back, refusing anything it cannot trust.
 */
import "@/lib/request/zod-without-eval";
import { z } from "zod";
import { describeIssue, parseUntrustedJson } from "@/lib/request/untrusted-json";
import { type Recording, recordingSchema } from "@/lib/run/recording";
import { downloadText } from "@/lib/share/download";

export const RUN_FILE_FORMAT = "zenmux-playground-run";
export const RUN_FILE_VERSION = 1;
/** Larger files are refused before parsing: no run of a playground comes near it. */
export const RUN_FILE_MAX_CHARS = 50_000_000;

const runFileSchema = z.object({
  format: z.literal(RUN_FILE_FORMAT),
  version: z.number(),
  exportedAt: z.string().optional(),
  recording: recordingSchema,
});

export type RunFileParse = { ok: true; recording: Recording } | { ok: false; error: string };

export function runFileText(recording: Recording, now: Date = new Date()): string {
  const file = {
    format: RUN_FILE_FORMAT,
    version: RUN_FILE_VERSION,
    exportedAt: now.toISOString(),
    recording,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function runFileName(recording: Recording): string {
  const model = recording.request.body.model.replace(/[^a-z0-9.-]+/gi, "-").replace(/^-|-$/g, "");
  const when = new Date(recording.startedAtEpoch).toISOString().slice(0, 19).replace(/:/g, "-");
  return `zenmux-run-${model || "request"}-${when}.json`;
}

/** True when text looks like a run file rather than a request snippet, so Import can route it. */
export function looksLikeRunFile(text: string): boolean {
  return text.trimStart().startsWith("{") && text.includes(`"${RUN_FILE_FORMAT}"`);
}

export function parseRunFile(text: string): RunFileParse {
  const json = parseUntrustedJson(text, "run file", RUN_FILE_MAX_CHARS);
  if (!json.ok) return json;
  const envelope = json.value as { format?: unknown; version?: unknown } | null;
  if (typeof envelope !== "object" || envelope === null || envelope.format !== RUN_FILE_FORMAT) {
    return { ok: false, error: "This is not a ZenMux Playground run file." };
  }
  if (envelope.version !== RUN_FILE_VERSION) {
    return {
      ok: false,
      error: `The run file has version ${String(envelope.version)}; this playground reads version ${RUN_FILE_VERSION}.`,
    };
  }
  const parsed = runFileSchema.safeParse(envelope);
  if (!parsed.success) {
    return {
      ok: false,
      error: `The run file could not be used: ${describeIssue(parsed.error.issues[0])}.`,
    };
  }
  return { ok: true, recording: parsed.data.recording };
}

/** Offers the run as a download. */
export function downloadRunFile(recording: Recording): void {
  downloadText(runFileName(recording), "application/json", runFileText(recording));
}
