import "server-only";
import http from "node:http";
import https from "node:https";
import { PEER_HEADER } from "./client-address";

/**
 * Writes the TCP peer's address into every incoming request's headers (replacing whatever the
 * client sent under that name), so route handlers, which see only a Web `Request`, can tell a
 * loopback client from a stranger. Installed once at start-up by instrumentation.ts.
 */
export function stampPeerAddress(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as { emit: (...args: unknown[]) => boolean };
    if ((prototype.emit as { stamped?: boolean }).stamped) continue;
    const emit = prototype.emit;
    const stamped = function (this: unknown, event: unknown, ...rest: unknown[]) {
      if (event === "request") {
        const request = rest[0] as http.IncomingMessage;
        request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
      }
      return emit.call(this, event, ...rest);
    };
    prototype.emit = Object.assign(stamped, { stamped: true });
  }
}
