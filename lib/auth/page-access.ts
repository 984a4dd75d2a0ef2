import "server-only";
import { type ServerConfig, serverMode } from "@/lib/config/server-config";
import type { ServerKeyGate } from "@/lib/keys/server-key-gate";
import type { ServerMode } from "@/lib/keys/server-mode";
import { mayUseServerKey, wantsDemo } from "./access";
import { posture } from "./posture";

/** What the page shows this visitor: the mode runs without an own key use, and the gate if any. */
export async function pageAccess(
  headers: Pick<Headers, "get">,
  config: ServerConfig,
): Promise<{ serverMode: ServerMode; gate?: ServerKeyGate }> {
  const mode = serverMode(config);
  if (mode === "demo" || (await mayUseServerKey(headers, false, config)))
    return { serverMode: mode };
  const demoChosen = wantsDemo(headers);
  return {
    serverMode: demoChosen ? "demo" : mode,
    gate: {
      signIn: posture(config) === "guarded" && config.PLAYGROUND_PASSWORD !== undefined,
      tokens: config.PLAYGROUND_TOKENS.length > 0,
      demoChosen,
    },
  };
}
