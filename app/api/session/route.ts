import { serverConfig } from "@/lib/proxy/config";
import { methodNotAllowed } from "@/lib/proxy/not-served";
import { serverStore } from "@/lib/server/server-store";
import { signIn, signOut } from "@/lib/server/sign-in";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function POST(request: Request): Promise<Response> {
  return signIn(request, serverConfig(), serverStore());
}

export function DELETE(request: Request): Response {
  return signOut(request, serverConfig());
}

export const GET = methodNotAllowed("POST");
export const PATCH = methodNotAllowed("POST");
export const PUT = methodNotAllowed("POST");
