"use client";
import { useEffect, useState } from "react";

/** Milliseconds since `sinceEpoch`, ticking every `everyMs` while `active`. */
export function useElapsed(sinceEpoch: number | undefined, active: boolean, everyMs = 100): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [active, everyMs]);
  return sinceEpoch === undefined ? 0 : Math.max(0, now - sinceEpoch);
}

/** `2.4 s`, `850 ms`, `1 m 05 s`. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  return `${minutes} m ${String(seconds).padStart(2, "0")} s`;
}

/** A ticking clock's face: always seconds with one decimal (`0.4 s`, `12.0 s`). */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
