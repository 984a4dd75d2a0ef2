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

/**
 * Reads one part of the store's request. While `same` finds the part unchanged it returns the
 * part it returned before, so a view subscribed to that part alone lets edits elsewhere pass it by.
 */
export function partReader<T>(store: RequestStore, same: (a: T, b: T) => boolean = Object.is) {
  let last: { request: PlaygroundRequest; part: T } | null = null;
  return (select: (request: PlaygroundRequest) => T): T => {
    const request = store.get();
    if (last?.request === request) return last.part;
    const part = select(request);
    const kept = last && same(last.part, part) ? last.part : part;
    last = { request, part: kept };
    return kept;
  };
}
