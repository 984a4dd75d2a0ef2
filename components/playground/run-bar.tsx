"use client";
// STUB: replaced by the Run/Stop bar with shortcuts, elapsed time and blocked reasons.
import type { RunController } from "@/lib/playground/use-run";

export function RunBar({ run }: { run: RunController }) {
  return (
    <button type="button" onClick={() => run.stop()}>
      Run
    </button>
  );
}
