import { serverStore } from "@/lib/limits/configured-store";
import { methodNotAllowed } from "@/lib/proxy/not-served";
import { health } from "@/lib/server/health";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request): Promise<Response> {
  return health(request, serverStore());
}

export const DELETE = methodNotAllowed("GET");
export const POST = methodNotAllowed("GET");
