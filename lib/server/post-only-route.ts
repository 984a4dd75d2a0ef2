import "server-only";
import type { ProxyEndpoint } from "@/lib/proxy/endpoints";
import { methodNotAllowed } from "@/lib/proxy/not-served";
import { withApiHeaders } from "./security-headers";
import { serveProxied } from "./serve-proxied";

/**
 * The handlers of a proxied POST route that proxy.ts leaves out (its matcher names them): they do
 * its part themselves, the API's headers on every answer and an Anthropic-shaped 405 for every
 * other method (OPTIONS included; Next answers HEAD with GET's handler).
 */
export function postOnlyRoute(endpoint: Exclude<ProxyEndpoint, "models">) {
  const refuse = methodNotAllowed("POST");
  const refused = (request: Request) => withApiHeaders(refuse(request));
  return {
    POST: async (request: Request) => withApiHeaders(await serveProxied(endpoint, request)),
    DELETE: refused,
    GET: refused,
    OPTIONS: refused,
    PATCH: refused,
    PUT: refused,
  };
}
