import "server-only";
import { checkBetas, checkTools } from "./beta-policy";
import type { ServerConfig } from "./config";
import { askEmulator } from "./demo";
import { ENDPOINTS, type ProxyEndpoint } from "./endpoints";
import { chooseKey, KEY_SOURCE_HEADER, type KeyChoice } from "./key-choice";
import { type Refusal, refusal, refusalResponse } from "./refusal";
import { readJsonBody } from "./request-body";
import { upstreamRequestHeaders } from "./request-headers";
import { clientResponseHeaders } from "./response-headers";
import { unreachableUpstream, upstreamRedirect } from "./upstream-error";
import { requestUpstream, type UpstreamInit, type UpstreamResponse } from "./upstream-request";
import { checkVersion } from "./version-policy";

export type ProxyConfig = Pick<
  ServerConfig,
  "ZENMUX_API_KEY" | "ZENMUX_BASE_URL" | "EMULATOR_TOKENS_PER_SECOND"
>;

/**
 * Serves one Messages API endpoint: checks the request, then passes its original bytes to
 * ZenMux (or to the emulator in demo mode) and the answer back unchanged and unbuffered.
 * The config is a parameter so tests can point it at loopback upstreams.
 */
export async function proxyRequest(
  endpoint: ProxyEndpoint,
  request: Request,
  config: ProxyConfig,
): Promise<Response> {
  const spec = ENDPOINTS[endpoint];
  const choice = chooseKey(request.headers, config);
  const refuse = (value: Refusal) => refusalResponse(value, { [KEY_SOURCE_HEADER]: choice.source });

  const refused = checkVersion(request.headers) ?? checkBetas(request.headers);
  if (refused) return refuse(refused);

  let body: Uint8Array<ArrayBuffer> | undefined;
  if (spec.hasBody) {
    const read = await readJsonBody(request);
    if (!read.ok) return refuse(read.refusal);
    const toolRefusal = checkTools(read.json);
    if (toolRefusal) return refuse(toolRefusal);
    body = read.bytes;
  }

  const init: UpstreamInit = {
    method: spec.method,
    headers: upstreamRequestHeaders(
      request.headers,
      choice.source === "demo" ? undefined : choice.key,
    ),
    body,
    // A client that goes away cancels the upstream call (ZenMux bills finished work only).
    signal: request.signal,
  };
  const search = new URL(request.url).search;

  let upstream: UpstreamResponse;
  try {
    upstream = await send(endpoint, search, init, choice, config, request.url);
  } catch (error) {
    // Nobody is listening any more; answer something well-formed anyway.
    if (request.signal.aborted)
      return refuse(refusal(499, "invalid_request_error", "Client closed the request."));
    if (choice.source === "demo") {
      const detail = error instanceof Error ? error.message : String(error);
      return refuse(refusal(500, "api_error", `The built-in emulator failed: ${detail}`));
    }
    return refuse(unreachableUpstream(error, config.ZENMUX_BASE_URL));
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
  return new Response(NULL_BODY_STATUSES.has(upstream.status) ? null : upstream.body, {
    status: upstream.status,
    headers: clientResponseHeaders(upstream.headers, choice.source),
  });
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
