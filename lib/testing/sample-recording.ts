/** A small finished, non-streamed recording for tests: prompt `n`, answer text `answer`. */
import { defaultRequest } from "@/lib/anthropic/request";
import type { Recording } from "@/lib/run/recording";

export function sampleRecording(n: number, answer = `answer ${n}`): Recording {
  const request = defaultRequest();
  request.body.messages = [{ role: "user", content: `prompt ${n}` }];
  const body = JSON.stringify({
    id: `m${n}`,
    content: [{ type: "text", text: answer }],
    stop_reason: "end_turn",
    usage: { input_tokens: 3, output_tokens: 2 },
  });
  return {
    request,
    mode: "demo",
    startedAtEpoch: n * 1000,
    response: {
      status: 200,
      headers: [["content-type", "application/json"]],
      streamed: false,
      atMs: 5,
    },
    chunks: [{ atMs: 7, text: body }],
    end: { how: "ended", atMs: 8, epoch: n * 1000 + 8 },
  };
}
