import { afterEach, describe, expect, it } from "vitest";
import { type ServedHandler, serve } from "./serve-web-handler";

let served: ServedHandler | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe("serve", () => {
  it("passes method, headers and body to the handler and returns status, headers and body", async () => {
    served = await serve(async (request) => {
      const body = await request.text();
      return Response.json(
        {
          method: request.method,
          path: new URL(request.url).pathname,
          header: request.headers.get("x-a"),
          body,
        },
        { status: 201, headers: { "x-b": "2" } },
      );
    });
    const response = await fetch(`${served.url}/v1/x?y=1`, {
      method: "POST",
      headers: { "x-a": "1" },
      body: "hello",
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-b")).toBe("2");
    expect(await response.json()).toEqual({
      method: "POST",
      path: "/v1/x",
      header: "1",
      body: "hello",
    });
  });

  it("streams chunks as the handler produces them", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    served = await serve(async () => {
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode("first"));
          await gate;
          controller.enqueue(encoder.encode("second"));
          controller.close();
        },
      });
      return new Response(stream);
    });
    const response = await fetch(served.url);
    const reader = response.body?.getReader();
    if (!reader) throw new Error("no body");
    const first = await reader.read();
    // The first chunk arrived while the handler is still blocked on the gate.
    expect(new TextDecoder().decode(first.value)).toBe("first");
    release();
    let rest = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += new TextDecoder().decode(value);
    }
    expect(rest).toBe("second");
  });

  it("aborts the request signal when the client disconnects", async () => {
    let aborted: () => void = () => {};
    const abortSeen = new Promise<void>((resolve) => {
      aborted = resolve;
    });
    served = await serve(async (request) => {
      request.signal.addEventListener("abort", () => aborted());
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("tick"));
        },
      });
      return new Response(stream);
    });
    const client = new AbortController();
    const response = await fetch(served.url, { signal: client.signal });
    const reader = response.body?.getReader();
    await reader?.read();
    client.abort();
    await expect(abortSeen).resolves.toBeUndefined();
  });
});
