import type { PlaygroundRequest } from "@/lib/anthropic/request";

export type RequestUpdate =
  | PlaygroundRequest
  | ((previous: PlaygroundRequest) => PlaygroundRequest);

/**
 * The one place the playground's request lives. Every view reads it and writes it whole
 * (immutably), so the form, the raw JSON editor, code and share links never disagree.
 */
export interface RequestStore {
  get(): PlaygroundRequest;
  set(update: RequestUpdate): void;
  subscribe(listener: () => void): () => void;
}

export function createRequestStore(initial: PlaygroundRequest): RequestStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(update) {
      const next = typeof update === "function" ? update(current) : update;
      if (next === current) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
