"use client";

import { useMemo } from "react";
import type { MessagesBody } from "@/lib/anthropic/request";
import { createElisions, elidedJson, restoreElided } from "@/lib/request/elided-json";
import { parseRawBody } from "@/lib/request/raw-json";
import type { HeldJsonDraft, JsonProblem } from "./use-held-json-draft";

export interface JsonDraft {
  /** What the JSON view shows: base64 data and very long strings as labels. */
  text: string;
  /** Why the draft does not parse, while it does not. */
  problem: JsonProblem | null;
  edit(text: string): void;
  discard(): void;
}

/**
 * The raw JSON text, kept apart from the request while it does not parse (so nothing typed is
 * lost), and replaced by the request's own JSON once the request changes elsewhere. Long strings
 * show as labels (`<base64 image/png, 1.2 MB #1>`); parsing puts the originals back, so editing
 * around a label, or moving it, keeps the data it stands for.
 */
export function useJsonDraft(
  body: MessagesBody,
  onValid: (body: MessagesBody) => void,
  held: HeldJsonDraft,
): JsonDraft {
  held.elisions.current ??= createElisions();
  const elisions = held.elisions.current;
  const { draft, setDraft } = held;
  const invalid = draft !== null && draft.basedOn === null;
  // A valid draft stands only for the body it produced; a later form edit wins.
  const current = draft && (invalid || draft.basedOn === body) ? draft : null;
  const needsFormat = current === null;
  const formatted = useMemo(
    () => (needsFormat ? elidedJson(body, elisions) : ""),
    [needsFormat, body, elisions],
  );
  return {
    text: current ? current.text : formatted,
    problem: current?.problem ?? null,
    edit(text) {
      const result = parseRawBody(text, restoreElided(elisions));
      if (result.ok) {
        setDraft({ text, basedOn: result.body, problem: null });
        onValid(result.body);
      } else setDraft({ text, basedOn: null, problem: result });
    },
    discard: () => setDraft(null),
  };
}
