import { serverConfig } from "@/lib/proxy/config";
import { methodNotAllowed } from "@/lib/proxy/not-served";
import { proxyRequest } from "@/lib/proxy/proxy";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request): Promise<Response> {
  return proxyRequest("models", request, serverConfig());
}

export const DELETE = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
