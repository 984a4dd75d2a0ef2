import "server-only";
import { classifyModelId } from "@/lib/anthropic/model-ids";
import {
  ANTHROPIC_VERSION,
  MAX_REQUEST_BYTES,
  parseBetas,
  UNSUPPORTED_BETAS,
} from "@/lib/anthropic/protocol";
import { EMULATOR_CATALOG, findCatalogModel, isFaultModel } from "./catalog";
import { composeMessage } from "./compose";
import { faultResponse, faultStreamOptions } from "./faults";
import { deriveId } from "./hash";
import { totalInputTokens } from "./input-tokens";
import { pdfPagesProblem } from "./media-checks";
import { PromptCache } from "./prompt-cache";
import { errorResponse, eventStreamResponse, jsonResponse } from "./respond";
import { sleep } from "./sleep";
import { streamMessage } from "./stream";
import { validateCountTokensBody, validateMessagesBody } from "./validate";

/**
 * The built-in emulator of ZenMux's Anthropic endpoint: the proxy calls it in-process in demo
 * mode, and app/api/emulator serves it over HTTP. Every answer is Anthropic-shaped, never a throw.
 */

export { EMULATOR_CATALOG, EMULATOR_FAULT_MODELS } from "./catalog";

/** Anthropic's request size cap. */

/** One cache per server process, as one ZenMux account would see. */
const promptCache = new PromptCache();

export type EmulatorEndpoint = "messages" | "count_tokens" | "models";

export interface EmulatorOptions {
  /** Pace of streamed output. */
  tokensPerSecond: number;
}

export async function handleEmulatorRequest(
  endpoint: EmulatorEndpoint,
  request: Request,
  options: EmulatorOptions,
): Promise<Response> {
  try {
    if (endpoint === "models") return listModels(request);
    return await handlePost(endpoint, request, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return errorResponse(
      500,
      `The emulator failed unexpectedly: ${detail}`,
      deriveId(detail, "request"),
    );
  }
}

function listModels(request: Request): Response {
  const url = new URL(request.url);
  const requestId = deriveId(`models:${url.search}`, "request");
  if (request.method !== "GET" && request.method !== "HEAD") {
    return errorResponse(405, `Method ${request.method} not allowed on /v1/models`, requestId, {
      type: "invalid_request_error",
      headers: { allow: "GET" },
    });
  }
  const limitParam = url.searchParams.get("limit");
  const limit = limitParam === null ? Number.POSITIVE_INFINITY : Number(limitParam);
  if (!Number.isInteger(limit) && limit !== Number.POSITIVE_INFINITY) {
    return errorResponse(400, "limit: Input should be a valid integer", requestId);
  }
  if (limit < 1)
    return errorResponse(400, "limit: Input should be greater than or equal to 1", requestId);
  const data = EMULATOR_CATALOG.slice(0, limit);
  return jsonResponse({ data, has_more: data.length < EMULATOR_CATALOG.length }, requestId);
}

async function handlePost(
  endpoint: "messages" | "count_tokens",
  request: Request,
  options: EmulatorOptions,
): Promise<Response> {
  const raw = await request.text();
  const requestId = deriveId(`${endpoint}:${raw}`, "request");
  if (request.method !== "POST") {
    return errorResponse(405, `Method ${request.method} not allowed; use POST`, requestId, {
      type: "invalid_request_error",
      headers: { allow: "POST" },
    });
  }
  const version = request.headers.get("anthropic-version");
  if (version !== ANTHROPIC_VERSION) {
    return errorResponse(
      400,
      version
        ? `anthropic-version: "${version}" is not supported. ZenMux supports only anthropic-version ${ANTHROPIC_VERSION}.`
        : `anthropic-version: header is required. ZenMux supports only anthropic-version ${ANTHROPIC_VERSION}.`,
      requestId,
    );
  }
  const unsupported = parseBetas([request.headers.get("anthropic-beta")]).find(
    (beta) => beta in UNSUPPORTED_BETAS,
  );
  if (unsupported) {
    return errorResponse(400, `anthropic-beta: ${UNSUPPORTED_BETAS[unsupported]}`, requestId);
  }

  if (Buffer.byteLength(raw) > MAX_REQUEST_BYTES) {
    return errorResponse(413, "Request exceeds the maximum allowed size of 32 MB", requestId, {
      type: "request_too_large",
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : "invalid JSON";
    return errorResponse(
      400,
      `There was an issue with your request body: it is not valid JSON (${detail})`,
      requestId,
    );
  }

  if (endpoint === "count_tokens") {
    const result = validateCountTokensBody(json);
    if (!result.ok) return errorResponse(400, result.message, requestId);
    const model = findCatalogModel(resolveAlias(result.body.model));
    if (!model) return modelNotFound(result.body.model, requestId);
    const tooManyPages = pdfPagesProblem(result.body.messages, model.context_length);
    if (tooManyPages) return errorResponse(400, tooManyPages, requestId);
    return jsonResponse({ input_tokens: totalInputTokens(result.body) }, requestId);
  }

  const result = validateMessagesBody(json);
  if (!result.ok) return errorResponse(400, result.message, requestId);
  // The answer names the model that ran, as ZenMux's does: an alias arrives resolved.
  const body = { ...result.body, model: resolveAlias(result.body.model) };
  const entry = findCatalogModel(body.model);
  if (!entry) return modelNotFound(result.body.model, requestId);
  const tooManyPages = pdfPagesProblem(body.messages, entry.context_length);
  if (tooManyPages) return errorResponse(400, tooManyPages, requestId);
  const fault = isFaultModel(entry.id) ? entry.id : undefined;
  const stream = body.stream === true;

  if (fault) {
    const response = faultResponse(fault, stream, requestId);
    if (response) return response;
  }
  const streamOptions = faultStreamOptions(fault, options.tokensPerSecond);
  const message = composeMessage(body, {
    long: streamOptions.long,
    input: promptCache.use(body),
  });
  if (stream)
    return eventStreamResponse(streamMessage(message, streamOptions, request.signal), requestId);
  if (streamOptions.firstTokenDelayMs) await sleep(streamOptions.firstTokenDelayMs, request.signal);
  return jsonResponse(message, requestId);
}

/** ZenMux resolves aliases such as `claude-sonnet-4-5` (docs/protocol.md#model-ids). */
function resolveAlias(model: string): string {
  const kind = classifyModelId(model);
  return kind.kind === "alias" ? kind.resolvesTo : model;
}

function modelNotFound(model: string, requestId: string): Response {
  return errorResponse(404, `model: ${model} not found`, requestId, { type: "not_found_error" });
}
