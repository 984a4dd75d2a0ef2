/**
 * A run as it happened: what was sent, and every byte that came back with its arrival time. This
 * is the one stored shape of a response; history keeps it, links and files carry it, replay plays
 * it, and every view derives from it (see derive-run.ts).
 */
import "@/lib/request/zod-without-eval";
import { z } from "zod";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { RUN_MODES } from "@/lib/keys/run-mode";
import { parsePlaygroundRequest } from "@/lib/request/parse-request";

/** Offsets beyond a day are not a real run's; a hostile one could stall a replay. */
const ms = z.number().finite().nonnegative().max(86_400_000);

const requestSchema = z.unknown().transform((value, ctx): PlaygroundRequest => {
  const request = parsePlaygroundRequest(value);
  if (!request) {
    ctx.addIssue({ code: "custom", message: "The recorded request is not a valid request." });
    return z.NEVER;
  }
  return request;
});

export const recordedChunkSchema = z.object({ atMs: ms, text: z.string() });
export type RecordedChunk = z.infer<typeof recordedChunkSchema>;

export const recordingSchema = z.object({
  request: requestSchema,
  mode: z.enum(RUN_MODES),
  startedAtEpoch: z.number().finite().nonnegative(),
  response: z
    .object({
      status: z.number().int().min(100).max(599),
      headers: z.array(z.tuple([z.string().max(1_000), z.string().max(10_000)])).max(200),
      streamed: z.boolean(),
      atMs: ms,
    })
    .optional(),
  chunks: z.array(recordedChunkSchema).max(500_000),
  /**
   * How the run ended; absent while it still grows. `dropped` is a connection that broke (the
   * message says how), `stopped` the user's Stop.
   */
  end: z
    .object({
      how: z.enum(["ended", "stopped", "dropped"]),
      atMs: ms,
      epoch: z.number().finite().nonnegative(),
      message: z.string().max(10_000).optional(),
    })
    .optional(),
});

export type Recording = z.infer<typeof recordingSchema>;
export type RecordingEnd = NonNullable<Recording["end"]>;

/** The response body as received: the chunks joined. */
export function recordedText(recording: Recording): string {
  return recording.chunks.map((chunk) => chunk.text).join("");
}

/** How long the run took from send to its end, or to its last sign of life while growing. */
export function recordingDurationMs(recording: Recording): number {
  return recording.end?.atMs ?? recording.chunks.at(-1)?.atMs ?? recording.response?.atMs ?? 0;
}
