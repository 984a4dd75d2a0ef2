import { parseConfig, type ServerConfig } from "@/lib/config/server-config";
import { type LimitStore, memoryStore } from "@/lib/limits/limit-store";
import { requestGuard } from "@/lib/server/request-guard";
import { serveProxy } from "./serve-proxy";
import type { ServedHandler } from "./serve-web-handler";

/**
 * The proxy with the route handlers' guard (access, limits, log) on a loopback server, configured
 * from `env` as the app would be, in front of the upstream at `upstreamUrl`.
 */
export function serveGuardedProxy(
  upstreamUrl: string,
  env: Record<string, string>,
  store: LimitStore = memoryStore(),
): Promise<ServedHandler & { config: ServerConfig }> {
  const config = parseConfig({
    ZENMUX_API_KEY: "sk-ai-v1-server-secret-0123456789",
    ZENMUX_BASE_URL: `${upstreamUrl}/api/anthropic`,
    EMULATOR_TOKENS_PER_SECOND: "5000",
    ...env,
  });
  return serveProxy(config, (endpoint, request) =>
    requestGuard(endpoint, request, config, store),
  ).then((served) => ({ ...served, config }));
}
