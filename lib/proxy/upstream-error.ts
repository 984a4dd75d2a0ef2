import { type Refusal, refusal } from "./refusal";
import { CLOSED_BEFORE_RESPONSE } from "./upstream-request";

/** Socket-level failures: the upstream could not be reached at all. */
const UNREACHABLE: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found (DNS lookup failed)",
  EAI_AGAIN: "DNS lookup failed temporarily",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  CERT_HAS_EXPIRED: "TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "TLS certificate is self-signed",
};

/** Failures after the connection was made but before a usable response arrived. */
const FAILED_TO_ANSWER: Readonly<Record<string, { status: number; reason: string }>> = {
  ECONNRESET: { status: 502, reason: "it reset the connection" },
  UND_ERR_SOCKET: { status: 502, reason: "it closed the connection without a response" },
  [CLOSED_BEFORE_RESPONSE]: {
    status: 502,
    reason: "it closed the connection without a response",
  },
  UND_ERR_HEADERS_OVERFLOW: { status: 502, reason: "its response headers were too large" },
  HPE_HEADER_OVERFLOW: { status: 502, reason: "its response headers were too large" },
  UND_ERR_HEADERS_TIMEOUT: { status: 504, reason: "it sent no response headers in time" },
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
 * A 502 (or 504 for a timeout) for an upstream call that failed before a response. It names only
 * the host: never the full URL (which may hold credentials), the key, or the raw error text.
 */
export function unreachableUpstream(error: unknown, baseUrl: string): Refusal {
  const host = new URL(baseUrl).host;
  const code = errorCode(error);
  const failed = code ? FAILED_TO_ANSWER[code] : undefined;
  if (code && failed) {
    return refusal(
      failed.status,
      failed.status === 504 ? "timeout_error" : "api_error",
      `The upstream ${host} failed to answer: ${failed.reason} (${code}).`,
    );
  }
  const reason = code ? `${UNREACHABLE[code] ?? "network error"} (${code})` : "network error";
  return refusal(502, "api_error", `Could not reach the upstream ${host}: ${reason}.`);
}

/**
 * A 502 for an upstream that answered with a redirect. The proxy never follows one, so the key
 * stays with the configured host; the message names only where it pointed (host, no path).
 */
export function upstreamRedirect(
  status: number,
  location: string | null,
  baseUrl: string,
): Refusal {
  let target = "";
  if (location) {
    try {
      target = ` to ${new URL(location, baseUrl).host}`;
    } catch {
      target = " to an unreadable location";
    }
  }
  return refusal(
    502,
    "api_error",
    `The upstream ${new URL(baseUrl).host} answered with a redirect (HTTP ${status}${target}). ` +
      "The proxy does not follow redirects, so your key is never sent elsewhere: check ZENMUX_BASE_URL.",
  );
}
