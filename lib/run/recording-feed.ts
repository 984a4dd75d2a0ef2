import { RunRecorder } from "@/lib/run/recorder";
import type { Recording } from "@/lib/run/recording";
import type { RunOrigin } from "@/lib/run/run-origin";

/**
 * Feeds a recording into a recorder in its recorded order, as far as its own clock allows: all
 * at once for a restored run, step by step for a replay. What comes out is what the live run
 * showed, because it is the same recorder.
 */
export class RecordingFeed {
  private responded = false;
  private nextChunk = 0;
  private ended = false;
  readonly recorder: RunRecorder;

  constructor(
    private readonly recording: Recording,
    origin: RunOrigin,
  ) {
    this.recorder = new RunRecorder(
      recording.request,
      recording.startedAtEpoch,
      recording.mode,
      origin,
    );
  }

  /** The recorded time of the next step, or undefined when everything was fed. */
  nextAtMs(): number | undefined {
    const { response, chunks, end } = this.recording;
    if (response && !this.responded) return response.atMs;
    const chunk = chunks[this.nextChunk];
    if (response && chunk) return chunk.atMs;
    if (end && !this.ended) return end.atMs;
    return undefined;
  }

  /** Feeds every step recorded at or before `untilMs`; true once all of it is in. */
  advanceTo(untilMs: number): boolean {
    const { response, chunks, end } = this.recording;
    for (let at = this.nextAtMs(); at !== undefined && at <= untilMs; at = this.nextAtMs()) {
      if (response && !this.responded) {
        this.responded = true;
        this.recorder.response(response.status, response.headers, response.streamed, at);
        continue;
      }
      const chunk = response ? chunks[this.nextChunk] : undefined;
      if (chunk) {
        this.nextChunk += 1;
        this.recorder.text(chunk.text, chunk.atMs);
        continue;
      }
      if (end) {
        this.ended = true;
        this.recorder.finish(end);
      }
    }
    return this.nextAtMs() === undefined;
  }
}
