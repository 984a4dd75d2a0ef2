import "server-only";
import http from "node:http";
import https from "node:https";
import { anthropicErrorBody } from "@/lib/anthropic/errors";
import { PEER_HEADER } from "../auth/client-address";
import { API_HEADERS } from "./security-headers";

/** Methods a Web `Request` cannot carry: Next would answer them with a plain-text 500. */
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE"]);
/**
 * The methods a route handler can take. Node's parser accepts others (PROPFIND, MKCOL…), which
 * Next answers on an API route with an empty 400; the API answers them with a 405 instead, here,
 * because the proxy's routes skip proxy.ts.
 */
const ROUTE_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);

function refused(request: http.IncomingMessage): boolean {
  const method = request.method ?? "";
  if (FORBIDDEN_METHODS.has(method)) return true;
  return !ROUTE_METHODS.has(method) && (request.url ?? "").startsWith("/api/");
}

/**
 * Runs on every incoming request before Next sees it (installed once by instrumentation.ts):
 * writes the TCP peer's address into the headers, replacing whatever the client sent under that
 * name, so route handlers (which see only a Web `Request`) can tell a loopback client from a
 * stranger; and refuses methods Next cannot handle (or, on the API, route) with an
 * Anthropic-shaped 405.
 */
export function installRequestIntake(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as { emit: (...args: unknown[]) => boolean };
    if ((prototype.emit as { intake?: boolean }).intake) continue;
    const emit = prototype.emit;
    const intake = function (this: unknown, event: unknown, ...rest: unknown[]) {
      if (event === "request") {
        const request = rest[0] as http.IncomingMessage;
        const response = rest[1] as http.ServerResponse;
        if (refused(request)) {
          refuseMethod(request.method ?? "", response);
          return true;
        }
        request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
      }
      return emit.call(this, event, ...rest);
    };
    prototype.emit = Object.assign(intake, { intake: true });
  }
}

function refuseMethod(method: string, response: http.ServerResponse): void {
  const body = anthropicErrorBody("invalid_request_error", `Method ${method} is not allowed here.`);
  response.writeHead(405, {
    ...API_HEADERS,
    "content-type": "application/json",
    allow: "GET, HEAD, POST, DELETE",
  });
  response.end(JSON.stringify(body));
}
