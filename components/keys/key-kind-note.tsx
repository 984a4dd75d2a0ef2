"use client";
import { describeKeyKind, keyKindOf } from "@/lib/anthropic/key-kind";

const TONE = {
  "pay-as-you-go": "text-emerald-800 dark:text-emerald-300",
  subscription: "text-fg-secondary",
  unknown: "text-warn",
} as const;

/** What the typed key's prefix says: its kind, or a plain warning. Never repeats the key. */
export function KeyKindNote({ value, id }: { value: string; id: string }) {
  if (!value.trim()) return null;
  const kind = keyKindOf(value);
  return (
    <p id={id} role="status" aria-label="Key kind" className={`text-xs ${TONE[kind]}`}>
      {describeKeyKind(kind)}
    </p>
  );
}
