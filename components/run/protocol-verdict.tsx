"use client";
import { useMemo } from "react";
import { checkProtocol, type ProtocolReport } from "@/lib/anthropic/protocol-check";
import type { RunSnapshot } from "@/lib/run/recorder";

/**
 * Whether the run's stream kept the Messages event grammar, derived from its events each time
 * (never stored), so a restored or replayed run is judged by the same bytes as the live one.
 */
function reportOf(events: RunSnapshot["events"], status: RunSnapshot["status"]): ProtocolReport {
  const report = checkProtocol(events);
  if (status !== "stopped") return report;
  // The user's Stop cut the stream: its missing end is no fault of the gateway.
  const violations = report.violations.filter((v) => v.rule !== "incomplete");
  return { ...report, ok: violations.length === 0, violations };
}

/** A broken index can break every later event; the first few say what happened. */
const SHOWN = 20;

/**
 * "protocol ✓" or the violations with their event numbers (as the Events list numbers them).
 * Checked once the stream has ended: a growing stream would be re-read on every frame.
 */
export function ProtocolVerdict({
  state,
  compact = false,
}: {
  state: RunSnapshot;
  /** One line with the list folded away (compare columns). */
  compact?: boolean;
}) {
  const { events, status } = state;
  const ended = state.streamed && status !== "running" && status !== "idle";
  const report = useMemo(
    () => (ended ? reportOf(events, status) : undefined),
    [ended, events, status],
  );
  if (!report) return null;
  const count = report.violations.length;
  const stopped = state.status === "stopped" ? " (stopped by you: checked up to there)" : "";
  const headline = report.ok
    ? `protocol ✓${stopped}`
    : `protocol: ${count} ${count === 1 ? "violation" : "violations"}${stopped}`;
  const tone = report.ok
    ? "border-ok-border bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200"
    : "border-danger-border bg-red-50 text-red-950 dark:bg-red-950/50 dark:text-red-100";
  const details = [
    ...report.violations.map((v, i) => ({
      key: `v${i}`,
      at: v.index,
      label: v.rule,
      message: v.message,
    })),
    ...report.notes.map((n, i) => ({
      key: `n${i}`,
      at: n.index,
      label: "note",
      message: n.message,
    })),
  ];
  const list = details.length > 0 && (
    <ul className="mt-1 space-y-0.5 font-mono text-2xs">
      {details.slice(0, SHOWN).map((item) => (
        <li key={item.key} className="break-words">
          <span className="font-semibold">
            {item.at < events.length ? `event #${item.at}` : "end of stream"}
          </span>{" "}
          · {item.label}: <span className="font-sans">{item.message}</span>
        </li>
      ))}
      {details.length > SHOWN && (
        <li className="font-sans">… and {details.length - SHOWN} more of the same kinds.</li>
      )}
    </ul>
  );
  return (
    <section
      aria-label="Protocol check"
      className={`rounded-md border px-2.5 py-1.5 text-xs ${tone} ${compact ? "" : "mx-3 mt-2"}`}
    >
      {compact && list ? (
        <details>
          <summary className="cursor-pointer font-medium">{headline}</summary>
          {list}
        </details>
      ) : (
        <>
          <p className="font-medium">{headline}</p>
          {list}
        </>
      )}
    </section>
  );
}
