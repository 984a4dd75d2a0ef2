/**
 * A run as it happened: what was sent, and every byte that came back with its arrival time. This
 * is the one stored shape of a response; history keeps it, links and files carry it, replay plays
 * it, and every view derives from it (see `deriveRun` in run-client).
 */
import { z } from "zod";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { parsePlaygroundRequest } from "@/lib/playground/parse-request";
import type { RunKey } from "@/lib/playground/server-mode";

/** How the run was authorised: never the key itself. */
export const RUN_MODES = ["demo", "server", "own-key"] as const;
export type RunMode = (typeof RUN_MODES)[number];

const MODES: Readonly<Record<RunKey, RunMode>> = {
  yours: "own-key",
  server: "server",
  none: "demo",
};

/** The mode a recording keeps for a run made with this key: which kind, never the key. */
export function recordingMode(key: RunKey): RunMode {
  return MODES[key];
}

/** Response headers a recording never keeps, though our proxy does not send them anyway. */
const SECRET_HEADERS = new Set(["authorization", "x-api-key", "set-cookie", "cookie"]);

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

/** Where the run on screen comes from: sent just now, kept from before, or played back. */
export type RecordingOrigin = "history" | "link" | "file" | "test case" | "scene";
export type RunOrigin =
  | { kind: "live" }
  | { kind: "recorded"; from: RecordingOrigin }
  | { kind: "replay"; speed: ReplaySpeed };

export const REPLAY_SPEEDS = [1, 2, 10, "instant"] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

export function replaySpeedLabel(speed: ReplaySpeed): string {
  return speed === "instant" ? "at once" : speed === 1 ? "recorded pace" : `${speed}×`;
}

export function withoutSecretHeaders(headers: [string, string][]): [string, string][] {
  return headers.filter(([name]) => !SECRET_HEADERS.has(name.toLowerCase()));
}

/** The response body as received: the chunks joined. */
export function recordedText(recording: Recording): string {
  return recording.chunks.map((chunk) => chunk.text).join("");
}

/** How long the run took from send to its end, or to its last sign of life while growing. */
export function recordingDurationMs(recording: Recording): number {
  return recording.end?.atMs ?? recording.chunks.at(-1)?.atMs ?? recording.response?.atMs ?? 0;
}
