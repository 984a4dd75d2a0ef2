import type { ProxyEndpoint } from "@/lib/proxy/endpoints";
import { type ProxyConfig, proxyRequest } from "@/lib/proxy/forward";
import type { ProxyGuard } from "@/lib/proxy/proxy-guard";
import { type ServedHandler, serve } from "./serve-web-handler";

/** Maps a path under any base to the endpoint it names, as the app's route files do. */
function endpointFor(pathname: string): ProxyEndpoint | undefined {
  if (pathname.endsWith("/v1/messages/count_tokens")) return "count_tokens";
  if (pathname.endsWith("/v1/messages")) return "messages";
  if (pathname.endsWith("/v1/models")) return "models";
  return undefined;
}

/**
 * The proxy on a real loopback server with a config of the test's choosing: the same core the
 * route handlers call, without their fixed `serverConfig()`.
 */
export function serveProxy(
  config: ProxyConfig,
  guardFor?: (endpoint: ProxyEndpoint, request: Request) => ProxyGuard,
): Promise<ServedHandler> {
  return serve(async (request) => {
    const endpoint = endpointFor(new URL(request.url).pathname);
    if (!endpoint) return new Response("not found", { status: 404 });
    return proxyRequest(endpoint, request, config, guardFor?.(endpoint, request));
  });
}
