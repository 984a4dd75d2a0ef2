import { serverConfig } from "@/lib/proxy/config";
import { proxyRequest } from "@/lib/proxy/proxy";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request): Promise<Response> {
  return proxyRequest("models", request, serverConfig());
}
