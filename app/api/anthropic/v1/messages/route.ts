import { methodNotAllowed } from "@/lib/proxy/not-served";
import { serveProxied } from "@/lib/server/serve-proxied";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(request: Request): Promise<Response> {
  return serveProxied("messages", request);
}

export const DELETE = methodNotAllowed("POST");
export const GET = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
