import { anthropicErrorResponse } from "@/lib/anthropic/errors";

/**
 * Anthropic-shaped answers for paths and methods the API routes do not serve, so an SDK pointed at
 * this server gets an error it can read instead of Next's HTML 404 page or a bodiless 405.
 */

const SERVED = "POST /v1/messages, POST /v1/messages/count_tokens and GET /v1/models";
const MAX_PATH_IN_MESSAGE = 200;

export function endpointNotFound(request: Request): Response {
  const path = new URL(request.url).pathname.slice(0, MAX_PATH_IN_MESSAGE);
  return anthropicErrorResponse(
    404,
    `${request.method} ${path} is not served here. This server serves ${SERVED}.`,
    { type: "not_found_error" },
  );
}

export function methodNotAllowed(allowed: "GET" | "POST"): (request: Request) => Response {
  return (request) => {
    const path = new URL(request.url).pathname.slice(0, MAX_PATH_IN_MESSAGE);
    return anthropicErrorResponse(
      405,
      `Method ${request.method} is not allowed on ${path}; use ${allowed}.`,
      { type: "invalid_request_error", headers: { allow: allowed } },
    );
  };
}
