import "server-only";
import { type ServerConfig, serverHasKey } from "@/lib/config/server-config";
import type { ServerKeyGate } from "@/lib/keys/server-key-gate";
import { mayUseServerKey, wantsDemo } from "./access";
import { posture } from "./posture";

/**
 * What the page shows this visitor: whether runs without an own key use the server's key (not
 * when the server holds none, or this visitor chose demo mode), and the gate if any.
 */
export async function pageAccess(
  headers: Pick<Headers, "get">,
  config: ServerConfig,
): Promise<{ usesServerKey: boolean; gate?: ServerKeyGate }> {
  const hasKey = serverHasKey(config);
  if (!hasKey || (await mayUseServerKey(headers, false, config))) return { usesServerKey: hasKey };
  const demoChosen = wantsDemo(headers);
  return {
    usesServerKey: !demoChosen,
    gate: {
      signIn: posture(config) === "guarded" && config.PLAYGROUND_PASSWORD !== undefined,
      tokens: config.PLAYGROUND_TOKENS.length > 0,
      demoChosen,
    },
  };
}
