/**
 * The hardened page's headers. Pages get a CSP whose scripts run only with this response's nonce
 * (Next puts it on its own scripts; the layout on the theme script); every response, page or API,
 * gets the rest.
 */

export const NONCE_HEADER = "x-nonce";

/** On every response, pages and API alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "permissions-policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  "cross-origin-opener-policy": "same-origin",
};

/** API answers are data, never a document: nothing in them may load or run, nor be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Every header an API response carries. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  "content-security-policy": API_CSP,
};

/** Puts the API's headers on a response whose headers are still writable (not fetch's own). */
export function withApiHeaders(response: Response): Response {
  for (const name in API_HEADERS) response.headers.set(name, API_HEADERS[name] as string);
  return response;
}

/**
 * The page's policy. Images from model output load only from `imgHosts` (PLAYGROUND_IMG_HOSTS),
 * and only after a click; everything else comes from this origin.
 */
export function pageCsp(nonce: string, imgHosts: readonly string[], dev = false): string {
  const images = ["'self'", "data:", "blob:", ...imgHosts.map((host) => `https://${host}`)];
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced Next loader pull in its chunks; dev's React needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React style props are attributes, which nonces cannot cover.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images.join(" ")}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every page response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
