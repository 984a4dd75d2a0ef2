import { type Refusal, refusal } from "./refusal";

const REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found (DNS lookup failed)",
  EAI_AGAIN: "DNS lookup failed temporarily",
  ECONNRESET: "connection reset",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  CERT_HAS_EXPIRED: "TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "TLS certificate is self-signed",
};

/** The error code fetch buried in `cause` (undici wraps the socket error, sometimes twice). */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string") return code;
    current = cause;
  }
  return undefined;
}

/**
 * A 502 for an upstream that could not be reached. It names only the host: never the full URL
 * (which may hold credentials), the key, or the raw error text.
 */
export function unreachableUpstream(error: unknown, baseUrl: string): Refusal {
  const host = new URL(baseUrl).host;
  const code = errorCode(error);
  const reason = code ? `${REASONS[code] ?? "network error"} (${code})` : "network error";
  return refusal(502, "api_error", `Could not reach the upstream ${host}: ${reason}.`);
}
