import "server-only";
import { parseBetas } from "@/lib/anthropic/protocol";

/**
 * The only request headers that travel upstream. Everything else (cookies, the client's address,
 * forwarding headers, host, the client's own auth header) stays here; the chosen key is added
 * separately by the caller.
 */
const PASSED_THROUGH = ["content-type", "anthropic-version", "accept"] as const;

export function upstreamRequestHeaders(incoming: Headers, key: string | undefined): Headers {
  const headers = new Headers();
  for (const name of PASSED_THROUGH) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  // Repeated headers arrive joined by ", "; one comma-separated header means the same upstream.
  const betas = parseBetas([incoming.get("anthropic-beta")]);
  if (betas.length > 0) headers.set("anthropic-beta", betas.join(","));
  if (key) headers.set("x-api-key", key);
  return headers;
}
