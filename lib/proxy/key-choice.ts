import "server-only";
import type { ServerConfig } from "./config";

/** Which key a request went out with; the UI shows it, so it is sent back in a header. */
export type KeySource = "client" | "server" | "demo";

export const KEY_SOURCE_HEADER = "x-playground-key-source";

export type KeyChoice = { source: "client" | "server"; key: string } | { source: "demo" };

/** A bring-your-own key from `x-api-key` or `Authorization: Bearer`; blank values count as absent. */
function clientKey(headers: Headers): string | undefined {
  const apiKey = headers.get("x-api-key")?.trim();
  if (apiKey) return apiKey;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization")?.trim() ?? "");
  return match?.[1];
}

/**
 * The one place that decides which key goes upstream: the client's own, else the server's,
 * else none, which means the built-in emulator answers (demo mode).
 */
export function chooseKey(
  headers: Headers,
  config: Pick<ServerConfig, "ZENMUX_API_KEY">,
): KeyChoice {
  const fromClient = clientKey(headers);
  if (fromClient) return { source: "client", key: fromClient };
  if (config.ZENMUX_API_KEY) return { source: "server", key: config.ZENMUX_API_KEY };
  return { source: "demo" };
}
