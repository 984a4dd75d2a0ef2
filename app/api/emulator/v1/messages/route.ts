import { serverConfig } from "@/lib/config/server-config";
import { handleEmulatorRequest } from "@/lib/emulator";
import { methodNotAllowed } from "@/lib/proxy/not-served";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleEmulatorRequest("messages", request, {
    tokensPerSecond: serverConfig().EMULATOR_TOKENS_PER_SECOND,
  });
}

export const DELETE = methodNotAllowed("POST");
export const GET = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
