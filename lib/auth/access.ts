import "server-only";
import type { ServerConfig } from "@/lib/config/server-config";
import { DEMO_COOKIE } from "@/lib/keys/server-key-gate";
import { type Refusal, refusal } from "@/lib/proxy/refusal";
import { clientAddress, isLoopback } from "./client-address";
import { type PostureConfig, posture } from "./posture";
import { hasSession } from "./session";

export type AccessConfig = PostureConfig &
  Pick<ServerConfig, "PLAYGROUND_SESSION_SECRET" | "TRUST_PROXY">;

/** Whether this request may spend the server's key under the configured posture. */
export async function mayUseServerKey(
  headers: Pick<Headers, "get">,
  presentedToken: boolean,
  config: AccessConfig,
): Promise<boolean> {
  switch (posture(config)) {
    case "none":
      return false;
    case "open":
      return true;
    case "loopback":
      return isLoopback(clientAddress(headers, config.TRUST_PROXY));
    case "guarded":
      return presentedToken || hasSession(headers, config);
  }
}

/** The 401 for a caller who may not use the server's key and brought none: it names the ways in. */
export function serverKeyRefusal(config: AccessConfig): Refusal {
  const ways: string[] = [];
  if (config.PLAYGROUND_PASSWORD) ways.push("sign in at /sign-in (browsers)");
  if (config.PLAYGROUND_TOKENS.length > 0)
    ways.push("send a playground token as `Authorization: Bearer <token>` or `x-api-key`");
  ways.push("send your own ZenMux key as `x-api-key` or `Authorization: Bearer`");
  const why =
    posture(config) === "loopback"
      ? "This server's ZenMux key serves only clients on its own machine."
      : "This server's ZenMux key is only for signed-in users and token holders.";
  return refusal(401, "authentication_error", `${why} To run a request, ${ways.join(", or ")}.`);
}

/** Whether this browser chose demo mode on the page (API clients never send the cookie). */
export function wantsDemo(headers: Pick<Headers, "get">): boolean {
  return (headers.get("cookie") ?? "")
    .split(";")
    .some((part) => part.trim() === `${DEMO_COOKIE}=1`);
}
