import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { ServerConfig } from "../config/server-config";

/** Which key a request went out with; the UI shows it, so it is sent back in a header. */
export type KeySource = "client" | "server" | "demo";

export const KEY_SOURCE_HEADER = "x-playground-key-source";

/**
 * `token` says the caller presented one of the playground's own tokens (PLAYGROUND_TOKENS): it
 * stands for "use the server's key" and never travels upstream.
 */
export type KeyChoice =
  | { source: "client"; key: string }
  | { source: "server"; key: string; token: boolean }
  | { source: "demo"; token: boolean };

/** What the caller put in `x-api-key` or `Authorization: Bearer`; blank values count as absent. */
export function presentedCredential(headers: Headers): string | undefined {
  const apiKey = headers.get("x-api-key")?.trim();
  if (apiKey) return apiKey;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization")?.trim() ?? "");
  return match?.[1];
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant-time: comparing digests of equal length hides where a guess first differs. */
export function matchesSecret(candidate: string, secret: string): boolean {
  return timingSafeEqual(digest(candidate), digest(secret));
}

function isPlaygroundToken(value: string, tokens: readonly string[]): boolean {
  let found = false;
  // Every token is compared, so the time taken does not say which one (or none) matched.
  for (const token of tokens) found = matchesSecret(value, token) || found;
  return found;
}

/**
 * The one place that decides which key goes upstream. A credential that is one of the playground's
 * tokens means the server's key; any other credential is the caller's own ZenMux key and goes
 * upstream as is (bring your own key); no credential means the server's key, or the built-in
 * emulator (demo mode) when the server holds none.
 */
export function chooseKey(
  headers: Headers,
  config: Pick<ServerConfig, "ZENMUX_API_KEY"> & Partial<Pick<ServerConfig, "PLAYGROUND_TOKENS">>,
): KeyChoice {
  const presented = presentedCredential(headers);
  const token =
    presented !== undefined && isPlaygroundToken(presented, config.PLAYGROUND_TOKENS ?? []);
  if (presented && !token) return { source: "client", key: presented };
  if (config.ZENMUX_API_KEY) return { source: "server", key: config.ZENMUX_API_KEY, token };
  return { source: "demo", token };
}
