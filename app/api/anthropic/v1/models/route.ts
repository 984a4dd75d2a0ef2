import { methodNotAllowed } from "@/lib/proxy/not-served";
import { serveProxied } from "@/lib/server/serve-proxied";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request): Promise<Response> {
  return serveProxied("models", request);
}

export const DELETE = methodNotAllowed("GET");
export const PATCH = methodNotAllowed("GET");
export const POST = methodNotAllowed("GET");
export const PUT = methodNotAllowed("GET");
