import { type NextRequest, NextResponse } from "next/server";
import { anthropicErrorResponse } from "@/lib/anthropic/errors";
import { serverConfig } from "@/lib/config/server-config";
import {
  API_HEADERS,
  NONCE_HEADER,
  newNonce,
  pageCsp,
  SECURITY_HEADERS,
} from "@/lib/server/security-headers";

/**
 * Methods some API route serves; anything else (TRACE, CONNECT, OPTIONS …) is refused here, in
 * Anthropic's shape. No cross-origin caller is served, so there is no CORS preflight to answer.
 */
const API_METHODS = new Set(["GET", "HEAD", "POST", "DELETE"]);

/**
 * Runs before every route: security headers on every response, a per-request CSP nonce for pages,
 * and Anthropic-shaped refusals for requests the API routes could not even be asked about.
 * Access to the server key is checked in the route handlers themselves, not here.
 */
export function proxy(request: NextRequest): NextResponse | Response {
  const { pathname } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const refused = refuseOddApiRequest(request);
    return withHeaders(refused ?? NextResponse.next(), API_HEADERS);
  }
  const nonce = newNonce();
  const csp = pageCsp(
    nonce,
    serverConfig().PLAYGROUND_IMG_HOSTS,
    process.env.NODE_ENV === "development",
  );
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  return withHeaders(response, { ...SECURITY_HEADERS, "content-security-policy": csp });
}

function refuseOddApiRequest(request: NextRequest): Response | undefined {
  if (!API_METHODS.has(request.method))
    return anthropicErrorResponse(405, `Method ${request.method} is not allowed on this API.`, {
      type: "invalid_request_error",
    });
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return anthropicErrorResponse(400, "The request path has a malformed percent-escape.", {
      type: "invalid_request_error",
    });
  }
  return undefined;
}

function withHeaders<T extends Response>(response: T, headers: Record<string, string>): T {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build files need only next.config's headers; skip the per-request work for them.
  // The proxy's two POST routes skip it too: running this costs a request more CPU than the whole
  // proxy does (BENCHMARKS.md), so they set the API headers and refuse other methods themselves
  // (lib/server/post-only-route.ts). Their paths are literal, so no odd escape can reach them.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|api/anthropic/v1/messages(?:/count_tokens)?$).*)",
  ],
};
