"use client";

import { type Dispatch, type RefObject, type SetStateAction, useRef, useState } from "react";
import type { MessagesBody } from "@/lib/anthropic/request";
import type { Elisions } from "@/lib/request/elided-json";
import type { RawBodyResult } from "@/lib/request/raw-json";

export type JsonProblem = Extract<RawBodyResult, { ok: false }>;

/** Text typed in the JSON view, with what it parsed to. */
export interface JsonDraftState {
  text: string;
  /** The body the text produced, or null while it does not parse (then `problem` says why). */
  basedOn: MessagesBody | null;
  problem: JsonProblem | null;
}

/**
 * The JSON view's draft and its elided strings, held by the editor above the tabs so switching
 * views keeps both. Only state lives here: the view itself, its parser and `useJsonDraft` (which
 * works on this) load only when the JSON tab opens.
 */
export interface HeldJsonDraft {
  draft: JsonDraftState | null;
  setDraft: Dispatch<SetStateAction<JsonDraftState | null>>;
  elisions: RefObject<Elisions | null>;
}

export function useHeldJsonDraft(): HeldJsonDraft {
  const [draft, setDraft] = useState<JsonDraftState | null>(null);
  const elisions = useRef<Elisions | null>(null);
  return { draft, setDraft, elisions };
}

/** True while the JSON view holds text that does not parse. */
export function draftIsStale(held: HeldJsonDraft): boolean {
  return held.draft !== null && held.draft.basedOn === null;
}
