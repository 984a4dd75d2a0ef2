import "server-only";
import type { ResponseUsage } from "@/lib/anthropic/stream-accumulator";
import type { BodyOutcome } from "@/lib/proxy/proxy-guard";
import { logger } from "./logger";

/** One proxied request, as logged: what happened, never a body, a prompt or a key. */
export interface RequestRecord {
  endpoint: string;
  mode: "client" | "server" | "demo" | "refused";
  client: string;
  model?: string;
  status: number;
  requestId?: string;
  zenmuxRequestId?: string;
  ttfbMs?: number;
  durationMs: number;
  outcome: BodyOutcome;
  usage?: ResponseUsage;
  problem?: string;
}

const MAX_MODEL_CHARS = 120;

/** Writes the request's one JSON line; level follows the status. */
export function logRequest(record: RequestRecord): void {
  const line = {
    endpoint: record.endpoint,
    mode: record.mode,
    client: record.client,
    model: record.model?.slice(0, MAX_MODEL_CHARS),
    status: record.status,
    request_id: record.requestId,
    zenmux_request_id: record.zenmuxRequestId,
    ttfb_ms: record.ttfbMs,
    duration_ms: record.durationMs,
    outcome: record.outcome,
    usage: record.usage && {
      input_tokens: record.usage.input_tokens,
      output_tokens: record.usage.output_tokens,
      cache_read_input_tokens: record.usage.cache_read_input_tokens ?? undefined,
      cache_creation_input_tokens: record.usage.cache_creation_input_tokens ?? undefined,
    },
    problem: record.problem,
  };
  const log = logger();
  if (record.status >= 500 || record.problem) log.warn(line, "proxied request");
  else log.info(line, "proxied request");
}
