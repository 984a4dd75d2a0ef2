import { serverConfig } from "@/lib/config/server-config";
import { handleEmulatorRequest } from "@/lib/emulator";
import { methodNotAllowed } from "@/lib/proxy/not-served";

// `?limit=` makes the answer depend on the request, so it must not be prerendered.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return handleEmulatorRequest("models", request, {
    tokensPerSecond: serverConfig().EMULATOR_TOKENS_PER_SECOND,
  });
}

export const DELETE = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
