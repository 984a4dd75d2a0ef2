import { serverConfig } from "@/lib/proxy/config";
import { proxyRequest } from "@/lib/proxy/proxy";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(request: Request): Promise<Response> {
  return proxyRequest("count_tokens", request, serverConfig());
}
