import "server-only";
import type { ServerConfig } from "../config/server-config";
import { checkBetas, checkTools } from "./beta-policy";
import { askEmulator } from "./demo";
import { ENDPOINTS, type ProxyEndpoint } from "./endpoints";
import { chooseKey, KEY_SOURCE_HEADER, type KeyChoice } from "./key-choice";
import type { ProxyGuard } from "./proxy-guard";
import { isRefusal, type Refusal, refusal, refusalResponse } from "./refusal";
import { readJsonBody } from "./request-body";
import { upstreamRequestHeaders } from "./request-headers";
import { clientResponseHeaders } from "./response-headers";
import { unreachableUpstream, upstreamRedirect } from "./upstream-error";
import { relayUpstreamError } from "./upstream-error-body";
import { requestUpstream, type UpstreamInit, type UpstreamResponse } from "./upstream-request";
import { checkVersion } from "./version-policy";
import { firstChunk, watchBody } from "./watched-body";

export type ProxyConfig = Pick<
  ServerConfig,
  "ZENMUX_API_KEY" | "ZENMUX_BASE_URL" | "EMULATOR_TOKENS_PER_SECOND"
> &
  Partial<Pick<ServerConfig, "PLAYGROUND_TOKENS" | keyof typeof DEFAULT_TIMEOUTS>>;

const DEFAULT_TIMEOUTS = {
  UPSTREAM_HEADERS_TIMEOUT_MS: 60_000,
  UPSTREAM_IDLE_TIMEOUT_MS: 120_000,
  REQUEST_BODY_TIMEOUT_MS: 30_000,
};

/**
 * Serves one Messages API endpoint: checks the request, then passes its original bytes to
 * ZenMux (or to the emulator in demo mode) and the answer back unchanged and unbuffered.
 * The config is a parameter so tests can point it at loopback upstreams.
 */
export async function proxyRequest(
  endpoint: ProxyEndpoint,
  request: Request,
  config: ProxyConfig,
  guard?: ProxyGuard,
): Promise<Response> {
  const { response, watched } = await proxyGuarded(endpoint, request, config, guard);
  return guard ? guard.respond(response, watched) : response;
}

async function proxyGuarded(
  endpoint: ProxyEndpoint,
  request: Request,
  config: ProxyConfig,
  guard: ProxyGuard | undefined,
): Promise<{ response: Response; watched: boolean }> {
  const timeouts = timeoutsOf(config);
  const spec = ENDPOINTS[endpoint];
  const chosen = chooseKey(request.headers, config);
  const access = guard ? await guard.access(chosen) : chosen;
  // Strangers refused the server key do not learn which key source would have answered.
  if (isRefusal(access)) return { response: refusalResponse(access), watched: false };
  const choice = access;
  const refuse = (value: Refusal) => ({
    response: refusalResponse(value, { [KEY_SOURCE_HEADER]: choice.source }),
    watched: false,
  });

  const refused = checkVersion(request.headers) ?? checkBetas(request.headers);
  if (refused) return refuse(refused);

  let body: Uint8Array<ArrayBuffer> | undefined;
  let json: Record<string, unknown> | undefined;
  if (spec.hasBody) {
    const read = await readJsonBody(request, timeouts.REQUEST_BODY_TIMEOUT_MS);
    if (!read.ok) return refuse(read.refusal);
    const toolRefusal = checkTools(read.json);
    if (toolRefusal) return refuse(toolRefusal);
    body = read.bytes;
    json = read.json;
  }
  const limited = await guard?.admit(choice, json);
  if (limited) return refuse(limited);

  // Aborted on a client that leaves, on a headers timeout, and when the body is given up.
  const upstreamCall = new AbortController();
  const abortUpstream = (reason: unknown) => upstreamCall.abort(reason);
  if (request.signal.aborted) abortUpstream(request.signal.reason);
  request.signal.addEventListener("abort", () => abortUpstream(request.signal.reason), {
    once: true,
  });

  const init: UpstreamInit = {
    method: spec.method,
    headers: upstreamRequestHeaders(
      request.headers,
      choice.source === "demo" ? undefined : choice.key,
    ),
    body,
    // A client that goes away cancels the upstream call: nothing more is generated for nobody
    // (what was generated is still billed: docs/protocol.md#billing).
    signal: upstreamCall.signal,
  };
  const search = searchOf(request.url);

  let upstream: UpstreamResponse;
  const headersTimer = setTimeout(
    () => abortUpstream(new HeadersTimeout(timeouts.UPSTREAM_HEADERS_TIMEOUT_MS)),
    timeouts.UPSTREAM_HEADERS_TIMEOUT_MS,
  );
  try {
    upstream = await send(endpoint, search, init, choice, config, request.url);
  } catch (error) {
    if (upstreamCall.signal.reason instanceof HeadersTimeout)
      return refuse(refusal(504, "timeout_error", upstreamCall.signal.reason.message));
    // Nobody is listening any more; answer something well-formed anyway.
    if (request.signal.aborted)
      return refuse(refusal(499, "invalid_request_error", "Client closed the request."));
    if (choice.source === "demo") {
      const detail = error instanceof Error ? error.message : String(error);
      return refuse(refusal(500, "api_error", `The built-in emulator failed: ${detail}`));
    }
    return refuse(unreachableUpstream(error, config.ZENMUX_BASE_URL));
  } finally {
    clearTimeout(headersTimer);
  }

  if (upstream.status < 200 || upstream.status > 599) {
    await upstream.body?.cancel();
    return refuse(
      refusal(
        502,
        "api_error",
        `The upstream answered with HTTP status ${upstream.status}, which is not a final response.`,
      ),
    );
  }
  // 304 Not Modified is not a redirect; it passes through as a bodiless answer.
  if (upstream.status >= 300 && upstream.status < 400 && upstream.status !== 304) {
    await upstream.body?.cancel();
    return refuse(
      upstreamRedirect(upstream.status, upstream.headers.get("location"), config.ZENMUX_BASE_URL),
    );
  }
  const headers = clientResponseHeaders(upstream.headers, choice.source);
  if (upstream.status >= 400) {
    // An error body that stalls is cut at the idle timeout; what arrived is still relayed.
    const stalled = setTimeout(
      () => abortUpstream(new Error("error body idle timeout")),
      timeouts.UPSTREAM_IDLE_TIMEOUT_MS,
    );
    const keys = [keyOf(choice), config.ZENMUX_API_KEY];
    const response = await relayUpstreamError(upstream, keys, headers).finally(() =>
      clearTimeout(stalled),
    );
    return { response, watched: false };
  }
  if (NULL_BODY_STATUSES.has(upstream.status) || !upstream.body)
    return { response: new Response(null, { status: upstream.status, headers }), watched: false };

  let upstreamBody: ReadableStream<Uint8Array> = upstream.body;
  let first: Uint8Array | undefined;
  if (claimsEncoding(upstream.headers)) {
    const peeked = await firstChunk(upstreamBody);
    if (!peeked.ok) {
      guard?.note("undecodable_body");
      return refuse(undecodableBody(upstream.headers));
    }
    upstreamBody = peeked.rest;
    first = peeked.first;
  }
  const passed = watchBody(upstreamBody, {
    idleMs: timeouts.UPSTREAM_IDLE_TIMEOUT_MS,
    eventStream:
      headers.get("content-type")?.toLowerCase().startsWith("text/event-stream") ?? false,
    abortUpstream,
    watcher: guard?.watcher,
    first,
  });
  return { response: new Response(passed, { status: upstream.status, headers }), watched: true };
}

class HeadersTimeout extends Error {
  constructor(ms: number) {
    super(`The upstream sent no response headers within ${Math.round(ms / 1000)} s.`);
  }
}

const keyOf = (choice: KeyChoice) => ("key" in choice ? choice.key : undefined);

/** The configured timeouts; an explicit `undefined` does not hide a default. */
function timeoutsOf(config: ProxyConfig): typeof DEFAULT_TIMEOUTS {
  return {
    UPSTREAM_HEADERS_TIMEOUT_MS:
      config.UPSTREAM_HEADERS_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.UPSTREAM_HEADERS_TIMEOUT_MS,
    UPSTREAM_IDLE_TIMEOUT_MS:
      config.UPSTREAM_IDLE_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.UPSTREAM_IDLE_TIMEOUT_MS,
    REQUEST_BODY_TIMEOUT_MS:
      config.REQUEST_BODY_TIMEOUT_MS ?? DEFAULT_TIMEOUTS.REQUEST_BODY_TIMEOUT_MS,
  };
}

/**
 * The query string of a request's URL, `?` included, as `new URL(url).search` gives it, without
 * parsing the whole URL on every request (a Request's URL never carries a fragment).
 */
function searchOf(url: string): string {
  const start = url.indexOf("?");
  return start < 0 || start === url.length - 1 ? "" : url.slice(start);
}

function claimsEncoding(headers: Headers): boolean {
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  return encoding !== undefined && encoding !== "" && encoding !== "identity";
}

function undecodableBody(headers: Headers): Refusal {
  const encoding = headers.get("content-encoding")?.slice(0, 40);
  return refusal(
    502,
    "api_error",
    `The upstream's answer could not be decoded: it claimed content-encoding "${encoding}" but its body was not.`,
  );
}

// Statuses whose responses cannot carry a body (the Response constructor throws on one).
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function send(
  endpoint: ProxyEndpoint,
  search: string,
  init: UpstreamInit,
  choice: KeyChoice,
  config: ProxyConfig,
  requestUrl: string,
): Promise<UpstreamResponse> {
  const { path } = ENDPOINTS[endpoint];
  if (choice.source === "demo") {
    return askEmulator(
      endpoint,
      new Request(new URL(`/api/emulator${path}${search}`, requestUrl), init),
      config,
    );
  }
  // The upstream comes only from configuration; the request contributes just its query string.
  // requestUpstream never follows a redirect, so the key never reaches some other host.
  return requestUpstream(`${config.ZENMUX_BASE_URL}${path}${search}`, init);
}
