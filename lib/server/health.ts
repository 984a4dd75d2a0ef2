import "server-only";
import type { LimitStore } from "../limits/limit-store";

/**
 * GET /api/health: liveness (the process answers) and readiness (the store for limits answers;
 * with REDIS_URL that is Redis). 503 when not ready, so a load balancer stops sending traffic,
 * while `?live` answers liveness alone for restart probes.
 */
export async function health(request: Request, store: LimitStore): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  if (new URL(request.url).searchParams.has("live"))
    return Response.json({ live: true }, { headers });
  const storeReady = await store.ping();
  return Response.json(
    { live: true, ready: storeReady, store: { kind: store.kind, ready: storeReady } },
    { status: storeReady ? 200 : 503, headers },
  );
}
