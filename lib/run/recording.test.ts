import { describe, expect, it } from "vitest";
import { defaultRequest } from "@/lib/anthropic/request";
import { formatSseEvent } from "@/lib/anthropic/sse";
import { deriveRun } from "@/lib/run/derive-run";
import { recordedText, recordingSchema } from "@/lib/run/recording";
import { RecordingFeed } from "@/lib/run/recording-feed";
import { sendRun } from "@/lib/run/send-run";
import { fakeFetch, manualClock, sseHeaders, streamText, timedBody } from "@/lib/testing/fake-run";

const head = streamText.slice(0, streamText.indexOf("event: content_block_stop"));
const brokenText =
  head +
  formatSseEvent("error", {
    type: "error",
    error: { type: "overloaded_error", message: "Overloaded" },
  });

/** Each kind of run the playground can meet, run live through sendRun. */
const runs: Record<string, () => ReturnType<typeof sendRun>> = {
  streamed: () => {
    const clock = manualClock();
    const split = streamText.indexOf("event: content_block_delta");
    return sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response(
          timedBody(
            [
              [30, streamText.slice(0, split)],
              [20, streamText.slice(split)],
            ],
            clock,
          ),
          { status: 200, headers: sseHeaders },
        ),
      ),
      now: clock.now,
      nowEpoch: () => 1_700_000_000_000,
      mode: "own-key",
      keyHeaders: { "x-api-key": "sk-ai-v1-never-recorded" },
    });
  },
  "not streamed": () =>
    sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response('{"id":"m","content":[{"type":"text","text":"Hi"}],"usage":{}}', {
          status: 200,
          headers: { "content-type": "application/json" },
        }),
      ),
    }),
  "429 with retry-after": () =>
    sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response('{"type":"error","error":{"type":"rate_limit_error","message":"Slow"}}', {
          status: 429,
          headers: { "content-type": "application/json", "retry-after": "10" },
        }),
      ),
    }),
  "broken after 200": () => {
    const clock = manualClock();
    return sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response(timedBody([[5, brokenText]], clock), { status: 200, headers: sseHeaders }),
      ),
      now: clock.now,
    });
  },
  "dropped connection": () => {
    const clock = manualClock();
    return sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response(timedBody([[5, head]], clock, new TypeError("network error")), {
          status: 200,
          headers: sseHeaders,
        }),
      ),
      now: clock.now,
    });
  },
  stopped: () => {
    const controller = new AbortController();
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (!sent) {
          sent = true;
          c.enqueue(new TextEncoder().encode(head));
          return;
        }
        controller.abort();
        c.error(Object.assign(new Error("aborted"), { name: "AbortError" }));
      },
    });
    return sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(new Response(body, { status: 200, headers: sseHeaders })),
      signal: controller.signal,
    });
  },
  "request never sent": () =>
    sendRun(defaultRequest(), {
      fetchImpl: (async () => {
        throw new TypeError("Failed to fetch");
      }) as unknown as typeof fetch,
    }),
};

const streamedRun = () => (runs.streamed as () => ReturnType<typeof sendRun>)();

describe("a run is a recording", () => {
  for (const [kind, run] of Object.entries(runs)) {
    it(`${kind}: the recording, fed back, shows exactly what the live run showed`, async () => {
      const { snapshot, recording } = await run();
      const restored = deriveRun(recording, { kind: "recorded", from: "history" });
      expect(restored).toEqual({ ...snapshot, origin: { kind: "recorded", from: "history" } });
      expect(recordedText(recording)).toBe(snapshot.raw);
      // It survives storage and files: plain JSON, and valid by its own schema.
      const copy = recordingSchema.parse(JSON.parse(JSON.stringify(recording)));
      expect(deriveRun(copy, { kind: "live" })).toEqual(snapshot);
    });
  }

  it("keeps the mode and never the key", async () => {
    const { recording } = await streamedRun();
    expect(recording.mode).toBe("own-key");
    expect(JSON.stringify(recording)).not.toContain("sk-ai-v1");
    expect(recording.chunks.map((c) => c.atMs)).toEqual([30, 50]);
    expect(recording.end).toEqual({ how: "ended", atMs: 50, epoch: 1_700_000_000_000 });
  });

  it("drops secret response headers if an upstream ever sent them", async () => {
    const { recording } = await sendRun(defaultRequest(), {
      fetchImpl: fakeFetch(
        new Response("{}", {
          status: 200,
          headers: { "content-type": "application/json", "set-cookie": "s=1", "x-a": "b" },
        }),
      ),
    });
    const names = recording.response?.headers.map(([name]) => name);
    expect(names).toContain("x-a");
    expect(names).not.toContain("set-cookie");
  });
});

describe("RecordingFeed", () => {
  it("plays a recording step by step on its own clock, ending where the live run ended", async () => {
    const { snapshot, recording } = await streamedRun();
    const feed = new RecordingFeed(recording, { kind: "replay", speed: 2 });
    expect(feed.recorder.snapshot().httpStatus).toBeUndefined();
    expect(feed.nextAtMs()).toBe(0); // the headers came at once
    expect(feed.advanceTo(29)).toBe(false);
    expect(feed.recorder.snapshot()).toMatchObject({ httpStatus: 200, raw: "" });
    expect(feed.nextAtMs()).toBe(30);

    expect(feed.advanceTo(30)).toBe(false);
    const early = feed.recorder.snapshot();
    expect(early.status).toBe("running");
    expect(early.message?.content ?? []).toEqual([{ type: "text", text: "" }]);
    expect(feed.nextAtMs()).toBe(50);

    expect(feed.advanceTo(50)).toBe(true);
    expect(feed.recorder.snapshot()).toEqual({
      ...snapshot,
      origin: { kind: "replay", speed: 2 },
    });
  });

  it("stopping a replay keeps what was played, marked stopped", async () => {
    const { recording } = await streamedRun();
    const feed = new RecordingFeed(recording, { kind: "replay", speed: 1 });
    feed.advanceTo(30);
    feed.recorder.stopped(40, 0);
    const stopped = feed.recorder.snapshot();
    expect(stopped.status).toBe("stopped");
    expect(stopped.totalMs).toBe(40);
    expect(stopped.origin).toEqual({ kind: "replay", speed: 1 });
  });
});
