"use client";

import { useState } from "react";
import type { MessagesBody } from "@/lib/anthropic/request";
import { formatBody, parseRawBody, type RawBodyResult } from "@/lib/playground/raw-json";

export interface JsonDraft {
  /** What the JSON view shows. */
  text: string;
  /** The parse result of `text` when it is a draft that differs from the request. */
  problem: Extract<RawBodyResult, { ok: false }> | null;
  /** True while a draft that does not parse is kept instead of the request's JSON. */
  stale: boolean;
  edit(text: string): void;
  discard(): void;
}

/**
 * The raw JSON text, kept apart from the request while it does not parse (so nothing typed is
 * lost), and replaced by the request's own JSON once the request changes elsewhere. Lives in
 * the editor, above the tabs, so switching views keeps the draft.
 */
export function useJsonDraft(body: MessagesBody, onValid: (body: MessagesBody) => void): JsonDraft {
  const [draft, setDraft] = useState<{ text: string; basedOn: MessagesBody | null } | null>(null);
  const parsed = draft ? parseRawBody(draft.text) : null;
  const invalid = parsed !== null && !parsed.ok;
  // A valid draft stands only for the body it produced; a later form edit wins.
  const current = draft && (invalid || draft.basedOn === body) ? draft.text : null;
  return {
    text: current ?? formatBody(body),
    problem: current !== null && parsed && !parsed.ok ? parsed : null,
    stale: current !== null && invalid,
    edit(text) {
      const result = parseRawBody(text);
      if (result.ok) {
        setDraft({ text, basedOn: result.body });
        onValid(result.body);
      } else setDraft({ text, basedOn: null });
    },
    discard: () => setDraft(null),
  };
}
