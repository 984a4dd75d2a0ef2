import { serverConfig } from "@/lib/proxy/config";
import { methodNotAllowed } from "@/lib/proxy/not-served";
import { proxyRequest } from "@/lib/proxy/proxy";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(request: Request): Promise<Response> {
  return proxyRequest("messages", request, serverConfig());
}

export const DELETE = methodNotAllowed("POST");
export const GET = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
