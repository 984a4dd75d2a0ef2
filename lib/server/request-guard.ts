import "server-only";
import type { ServerConfig } from "@/lib/proxy/config";
import type { KeyChoice } from "@/lib/proxy/key-choice";
import type { ProxyGuard } from "@/lib/proxy/proxy-guard";
import { mayUseServerKey, serverKeyRefusal, wantsDemo } from "./access";
import { serverStore } from "./server-store";
import type { LimitStore } from "./store";

/**
 * The guard the route handlers put around each proxied request: who may use the server's key.
 */
export function requestGuard(
  request: Request,
  config: ServerConfig,
  store: LimitStore = serverStore(),
): ProxyGuard {
  return {
    async access(choice: KeyChoice) {
      if (choice.source !== "server") return choice;
      if (await mayUseServerKey(request.headers, choice.token, config)) return choice;
      // The page's demo mode: a browser that chose it gets the emulator instead of a refusal.
      if (wantsDemo(request.headers)) return { source: "demo", token: false };
      return serverKeyRefusal(config);
    },
    async admit() {
      return undefined;
    },
    watcher: {},
    note() {},
    respond(response) {
      return response;
    },
  };
}
