"use client";
// STUB: replaced by the response views (Response, Events, Raw, Metrics, errors).
import type { RunController } from "@/lib/playground/use-run";

export function ResponsePanel({ run }: { run: RunController }) {
  return <p className="text-sm text-zinc-500">Status: {run.state.status}</p>;
}
