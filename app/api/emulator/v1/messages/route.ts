import { handleEmulatorRequest } from "@/lib/emulator";
import { serverConfig } from "@/lib/proxy/config";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleEmulatorRequest("messages", request, {
    tokensPerSecond: serverConfig().EMULATOR_TOKENS_PER_SECOND,
  });
}
