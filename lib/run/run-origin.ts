/**
 * What the page needs to label a run without the recording's schema (and so without zod, which
 * the first screen does not load): where it came from, the replay speeds, and the headers a
 * recording never keeps. The key it ran with is its RunMode (lib/keys/run-mode.ts).
 */

/** Response headers a recording never keeps, though our proxy does not send them anyway. */
const SECRET_HEADERS = new Set(["authorization", "x-api-key", "set-cookie", "cookie"]);

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
