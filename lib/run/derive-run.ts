/**
 * A run is a recording: what a view shows of a kept run is derived from its recording by the same
 * recorder that showed it live, fed all at once.
 */

import type { RunSnapshot } from "@/lib/run/recorder";
import type { Recording } from "@/lib/run/recording";
import { RecordingFeed } from "@/lib/run/recording-feed";
import type { RunOrigin } from "@/lib/run/run-origin";

/** The views' state for a whole recording: how restored, shared and imported runs are shown. */
export function deriveRun(recording: Recording, origin: RunOrigin): RunSnapshot {
  const feed = new RecordingFeed(recording, origin);
  feed.advanceTo(Number.POSITIVE_INFINITY);
  return feed.recorder.snapshot();
}
