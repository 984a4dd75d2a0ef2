import "server-only";
import { serverConfig } from "@/lib/config/server-config";
import type { ProxyEndpoint } from "@/lib/proxy/endpoints";
import { proxyRequest } from "@/lib/proxy/forward";
import { requestGuard } from "./request-guard";

/** What each proxy route handler does: the proxy, with the server key's guard around it. */
export function serveProxied(endpoint: ProxyEndpoint, request: Request): Promise<Response> {
  const config = serverConfig();
  return proxyRequest(endpoint, request, config, requestGuard(endpoint, request, config));
}
