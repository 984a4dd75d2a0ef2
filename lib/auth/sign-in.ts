import "server-only";
import { z } from "zod";
import { anthropicErrorResponse } from "@/lib/anthropic/errors";
import type { ServerConfig } from "@/lib/config/server-config";
import { matchesSecret } from "@/lib/proxy/key-choice";
import { refusalResponse } from "@/lib/proxy/refusal";
import { type LimitStore, StoreUnavailable } from "../limits/limit-store";
import { storeUnavailableRefusal } from "../limits/store-refusal";
import { clientAddress } from "./client-address";
import { clearedSessionCookie, createSessionCookie, isHttps } from "./session";

/** Attempts per client in the window; a success gives its attempt back. */
const ATTEMPTS = 5;
const WINDOW_SECONDS = 15 * 60;

const signInSchema = z.object({ password: z.string().max(1024) });

type SignInConfig = Pick<
  ServerConfig,
  "PLAYGROUND_PASSWORD" | "PLAYGROUND_SESSION_SECRET" | "TRUST_PROXY"
>;

/** POST /api/session: checks the password (constant time, braked) and sets the session cookie. */
export async function signIn(
  request: Request,
  config: SignInConfig,
  store: LimitStore,
): Promise<Response> {
  const password = config.PLAYGROUND_PASSWORD;
  if (!password)
    return anthropicErrorResponse(
      404,
      "Sign-in is not enabled on this server (no PLAYGROUND_PASSWORD).",
      {
        type: "not_found_error",
      },
    );
  if (!sameOrigin(request))
    return anthropicErrorResponse(403, "Sign in from this playground's own page.", {
      type: "permission_error",
    });
  const parsed = signInSchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success)
    return anthropicErrorResponse(400, 'Send {"password": "…"} as JSON.', {
      type: "invalid_request_error",
    });

  const client = clientAddress(request.headers, config.TRUST_PROXY);
  const attempts = store.counter("sign-in", { points: ATTEMPTS, durationSeconds: WINDOW_SECONDS });
  try {
    const attempt = await attempts.take(client);
    if (!attempt.ok) {
      const seconds = Math.ceil(attempt.retryAfterMs / 1000);
      return anthropicErrorResponse(
        429,
        `Too many sign-in attempts. Try again in ${Math.ceil(seconds / 60)} min.`,
        { type: "rate_limit_error", headers: { "retry-after": String(seconds) } },
      );
    }
    if (!matchesSecret(parsed.data.password, password))
      return anthropicErrorResponse(401, "Wrong password.", { type: "authentication_error" });
    await attempts.giveBack(client);
  } catch (error) {
    if (error instanceof StoreUnavailable) return refusalResponse(storeUnavailableRefusal());
    throw error;
  }
  const cookie = await createSessionCookie(config, isHttps(request, config.TRUST_PROXY));
  return Response.json({ signed_in: true }, { headers: { "set-cookie": cookie } });
}

/** DELETE /api/session: clears the cookie (sessions are stateless: nothing else to end). */
export function signOut(request: Request, config: Pick<ServerConfig, "TRUST_PROXY">): Response {
  return Response.json(
    { signed_in: false },
    { headers: { "set-cookie": clearedSessionCookie(isHttps(request, config.TRUST_PROXY)) } },
  );
}

/** Browsers send Origin on POST; a different one means another site is posting the form. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
