import "server-only";
import { handleEmulatorRequest } from "@/lib/emulator";
import type { ServerConfig } from "../config/server-config";
import type { ProxyEndpoint } from "./endpoints";

/** Demo mode: the built-in emulator answers in-process, at the configured pace. */
export function askEmulator(
  endpoint: ProxyEndpoint,
  request: Request,
  config: Pick<ServerConfig, "EMULATOR_TOKENS_PER_SECOND">,
): Promise<Response> {
  return handleEmulatorRequest(endpoint, request, {
    tokensPerSecond: config.EMULATOR_TOKENS_PER_SECOND,
  });
}
