import "server-only";
import { isIP } from "node:net";

/**
 * The TCP peer's address, stamped on each request by `installRequestIntake` before Next sees it.
 * Next itself only fills X-Forwarded-For when the client sent none, so that header alone would let
 * anyone claim to be 127.0.0.1.
 */
export const PEER_HEADER = "x-playground-peer";

/**
 * The client's address: the TCP peer, or, behind `trustProxy` reverse proxies, the address the
 * outermost trusted proxy saw (counting X-Forwarded-For from the right). Never an entry a client
 * could have written itself. `unknown` when the server runs without the peer stamp (serverless).
 */
export function clientAddress(headers: Pick<Headers, "get">, trustProxy: number): string {
  const peer = headers.get(PEER_HEADER)?.trim() || undefined;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Without the stamp (e.g. on Vercel) the platform's own X-Forwarded-For is the only witness.
  const chain = peer ? [...forwarded, peer] : forwarded;
  const hops = peer ? trustProxy : Math.max(trustProxy - 1, 0);
  if (!peer && trustProxy === 0) return "unknown";
  const address = chain[Math.max(chain.length - 1 - hops, 0)];
  return address ? normalise(address) : "unknown";
}

function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address.toLowerCase();
}

export function isLoopback(address: string): boolean {
  if (isIP(address) === 4) return address.startsWith("127.");
  return address === "::1";
}
