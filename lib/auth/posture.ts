import "server-only";
import type { ServerConfig } from "@/lib/config/server-config";

/**
 * Who may use the server's key: `guarded` (sign-in and/or tokens), `loopback` (the secure
 * default: only clients on this machine) or `open` (anyone, on purpose). `none` without a key.
 */
export type Posture = "none" | "guarded" | "loopback" | "open";

export type PostureConfig = Pick<
  ServerConfig,
  "ZENMUX_API_KEY" | "PLAYGROUND_PASSWORD" | "PLAYGROUND_TOKENS" | "PLAYGROUND_OPEN"
>;

export function posture(config: PostureConfig): Posture {
  if (!config.ZENMUX_API_KEY) return "none";
  if (config.PLAYGROUND_PASSWORD || config.PLAYGROUND_TOKENS.length > 0) return "guarded";
  return config.PLAYGROUND_OPEN ? "open" : "loopback";
}

/** The start-up line that says who may spend the server's key. */
export function describePosture(config: PostureConfig): string {
  switch (posture(config)) {
    case "none":
      return "No ZENMUX_API_KEY: demo mode (built-in emulator); callers may bring their own key.";
    case "guarded": {
      const ways = [
        config.PLAYGROUND_PASSWORD && "signing in with PLAYGROUND_PASSWORD",
        config.PLAYGROUND_TOKENS.length > 0 &&
          `one of ${config.PLAYGROUND_TOKENS.length} PLAYGROUND_TOKENS`,
      ].filter(Boolean);
      return `Server key: guarded, usable only after ${ways.join(" or ")}.`;
    }
    case "loopback":
      return "Server key: loopback only (no PLAYGROUND_PASSWORD or PLAYGROUND_TOKENS set); other clients must bring their own key. Set PLAYGROUND_OPEN=1 to let anyone use it.";
    case "open":
      return "Server key: OPEN to anyone who can reach this server (PLAYGROUND_OPEN=1).";
  }
}
