import { signIn, signOut } from "@/lib/auth/sign-in";
import { serverConfig } from "@/lib/config/server-config";
import { serverStore } from "@/lib/limits/configured-store";
import { methodNotAllowed } from "@/lib/proxy/not-served";

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
