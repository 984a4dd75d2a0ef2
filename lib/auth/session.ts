import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import type { ServerConfig } from "@/lib/config/server-config";

export const SESSION_COOKIE = "playground_session";
const SESSION_HOURS = 12;
const AUDIENCE = "zenmux-playground";

type SessionConfig = Pick<ServerConfig, "PLAYGROUND_PASSWORD" | "PLAYGROUND_SESSION_SECRET">;

/** The signing key: the configured secret, else one derived from the password. */
function signingKey(config: SessionConfig): Uint8Array | undefined {
  const secret = config.PLAYGROUND_SESSION_SECRET ?? config.PLAYGROUND_PASSWORD;
  if (!secret) return undefined;
  return new Uint8Array(hkdfSync("sha256", secret, AUDIENCE, "session-signing", 32));
}

/** A signed, self-contained session: nothing is stored on the server. */
export async function createSessionCookie(config: SessionConfig, secure: boolean): Promise<string> {
  const key = signingKey(config);
  if (!key) throw new Error("Sessions need PLAYGROUND_PASSWORD or PLAYGROUND_SESSION_SECRET.");
  const jwt = await new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${SESSION_HOURS}h`)
    .sign(key);
  return cookie(jwt, SESSION_HOURS * 3600, secure);
}

export function clearedSessionCookie(secure: boolean): string {
  return cookie("", 0, secure);
}

function cookie(value: string, maxAge: number, secure: boolean): string {
  const parts = [
    `${SESSION_COOKIE}=${value}`,
    "Path=/",
    `Max-Age=${maxAge}`,
    "HttpOnly",
    "SameSite=Strict",
  ];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

function readCookie(headers: Pick<Headers, "get">, name: string): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** Whether the request carries a valid, unexpired session signed with this server's key. */
export async function hasSession(
  headers: Pick<Headers, "get">,
  config: SessionConfig,
): Promise<boolean> {
  const key = signingKey(config);
  const jwt = readCookie(headers, SESSION_COOKIE);
  if (!key || !jwt) return false;
  try {
    await jwtVerify(jwt, key, { audience: AUDIENCE, algorithms: ["HS256"] });
    return true;
  } catch {
    return false;
  }
}

/** Secure cookies only over HTTPS, as the browser (or the trusted proxy in front) reached us. */
export function isHttps(request: Request, trustProxy: number): boolean {
  if (new URL(request.url).protocol === "https:") return true;
  return (
    trustProxy > 0 && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
  );
}
