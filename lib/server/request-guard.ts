import "server-only";
import type { ServerConfig } from "@/lib/config/server-config";
import type { ProxyEndpoint } from "@/lib/proxy/endpoints";
import type { KeyChoice } from "@/lib/proxy/key-choice";
import type { BodyOutcome, ProxyGuard } from "@/lib/proxy/proxy-guard";
import { isRefusal } from "@/lib/proxy/refusal";
import { mayUseServerKey, serverKeyRefusal, wantsDemo } from "../auth/access";
import { clientAddress } from "../auth/client-address";
import { actualUsd, DailyBudget } from "../limits/budget";
import { serverStore } from "../limits/configured-store";
import { type LimitStore, StoreUnavailable } from "../limits/limit-store";
import { type Admitted, admitServerKey } from "../limits/limits";
import { storeUnavailableRefusal } from "../limits/store-refusal";
import { UsageTap } from "../limits/usage-tap";
import { logRequest, type RequestRecord } from "./request-log";

/**
 * What the route handlers put around each proxied request: who may use the server's key, its
 * limits and budget, and the request's one log line. Bring-your-own-key and demo requests pass
 * the limits untouched; every request is logged.
 */
export function requestGuard(
  endpoint: ProxyEndpoint,
  request: Request,
  config: ServerConfig,
  store: LimitStore = serverStore(),
): ProxyGuard {
  const started = performance.now();
  const client = clientAddress(request.headers, config.TRUST_PROXY);
  let mode: RequestRecord["mode"] = "refused";
  let model: string | undefined;
  let admitted: Admitted | undefined;
  let firstByteAt: number | undefined;
  let problem: string | undefined;
  let tap: UsageTap | undefined;
  let response: Response | undefined;
  let finished = false;

  const finish = async (outcome: BodyOutcome) => {
    if (finished || !response) return;
    finished = true;
    const usage = tap?.result();
    logRequest({
      endpoint,
      mode,
      client,
      model,
      status: response.status,
      requestId: response.headers.get("request-id") ?? undefined,
      zenmuxRequestId: response.headers.get("x-zenmux-requestid") ?? undefined,
      ttfbMs: firstByteAt === undefined ? undefined : Math.round(firstByteAt - started),
      durationMs: Math.round(performance.now() - started),
      outcome,
      usage,
      problem,
    });
    if (!admitted) return;
    // An error is not billed; a reply cut before its usage arrived keeps its full estimate, so
    // the budget errs on the safe side.
    const unbilled = response.status >= 400;
    const spent = usage ? actualUsd(admitted.model, usage) : unbilled ? 0 : admitted.reservedUsd;
    // Independent calls, sent together: one store round trip on the way out, not two.
    const settled = await Promise.allSettled([
      admitted.release(),
      new DailyBudget(store, config.PLAYGROUND_DAILY_BUDGET_USD).settle(
        admitted.reservedUsd,
        spent,
      ),
    ]);
    for (const result of settled)
      if (result.status === "rejected" && !(result.reason instanceof StoreUnavailable))
        throw result.reason;
  };

  return {
    async access(choice: KeyChoice) {
      if (
        choice.source === "server" &&
        !(await mayUseServerKey(request.headers, choice.token, config))
      ) {
        // The page's demo mode: a browser that chose it gets the emulator instead of a refusal.
        if (!wantsDemo(request.headers)) return serverKeyRefusal(config);
        choice = { source: "demo", token: false };
      }
      mode = choice.source;
      return choice;
    },
    async admit(choice, body) {
      if (typeof body?.model === "string") model = body.model;
      if (choice.source !== "server") return undefined;
      try {
        const result = await admitServerKey(endpoint, client, body, config, store);
        if (isRefusal(result)) return result;
        admitted = result;
        return undefined;
      } catch (error) {
        if (error instanceof StoreUnavailable) return storeUnavailableRefusal();
        throw error;
      }
    },
    watcher: {
      chunk(bytes) {
        firstByteAt ??= performance.now();
        tap?.chunk(bytes);
      },
      end(outcome) {
        void finish(outcome);
      },
    },
    note(text) {
      problem = text;
    },
    respond(outgoing, watched) {
      response = outgoing;
      const type = outgoing.headers.get("content-type")?.toLowerCase() ?? "";
      if (watched) tap = new UsageTap(type.startsWith("text/event-stream"));
      else void finish("complete");
      return outgoing;
    },
  };
}
