"use client";

import {
  createContext,
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from "react";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { checkRequest } from "@/lib/checks/checks";
import type { RequestIssue } from "@/lib/checks/request-issue";
import { partReader, type RequestStore, type RequestUpdate } from "@/lib/request/request-store";

const RequestStoreContext = createContext<RequestStore | null>(null);

export function RequestStoreProvider({
  store,
  children,
}: {
  store: RequestStore;
  children: ReactNode;
}) {
  return <RequestStoreContext.Provider value={store}>{children}</RequestStoreContext.Provider>;
}

export function useRequestStore(): RequestStore {
  const store = useContext(RequestStoreContext);
  if (!store) throw new Error("useRequestStore must be used inside <RequestStoreProvider>.");
  return store;
}

/**
 * The current request and a setter; re-renders, in the keystroke's own frame, whenever any part
 * of the request changes. Fields being typed in need that; anything else takes a part of the
 * request (`useRequestPart`) or follows it (`useDeferredRequest`).
 */
export function usePlaygroundRequest(): [PlaygroundRequest, (update: RequestUpdate) => void] {
  const store = useRequestStore();
  const request = useSyncExternalStore(store.subscribe, store.get, store.get);
  return [request, store.set];
}

/**
 * One part of the request, re-rendering only when that part changes: typing in one message does
 * not re-render the model picker or the parameters. `select` returns parts of the request as they
 * are (the store replaces only what an edit touches); `same` compares a part made of several.
 */
export function useRequestPart<T>(
  select: (request: PlaygroundRequest) => T,
  same: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useRequestStore();
  const [read] = useState(() => partReader(store, same));
  const get = () => read(select);
  return useSyncExternalStore(store.subscribe, get, get);
}

/**
 * The request for what follows it rather than being typed in (checks, token counts, cost, code,
 * the comparison's columns): updated in a transition, so a keystroke paints first and the rest
 * renders after it, interruptibly, once for a burst of keys.
 */
export function useDeferredRequest(): PlaygroundRequest {
  const store = useRequestStore();
  const [request, setRequest] = useState(store.get);
  useEffect(() => {
    const follow = () => startTransition(() => setRequest(store.get()));
    // An edit between this component's render and its subscription is not lost.
    follow();
    return store.subscribe(follow);
  }, [store]);
  return request;
}

// Several views show the same checks: each request is checked once.
const checked = new WeakMap<PlaygroundRequest, RequestIssue[]>();

/** The pre-send checks of the deferred request (see `useDeferredRequest`). */
export function useRequestIssues(): readonly RequestIssue[] {
  const request = useDeferredRequest();
  let issues = checked.get(request);
  if (!issues) {
    issues = checkRequest(request);
    checked.set(request, issues);
  }
  return issues;
}
