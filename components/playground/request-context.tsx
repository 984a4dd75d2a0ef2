"use client";

import { createContext, type ReactNode, useContext, useSyncExternalStore } from "react";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { RequestStore, RequestUpdate } from "@/lib/playground/request-store";

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

/** The current request and a setter; re-renders when the request changes. */
export function usePlaygroundRequest(): [PlaygroundRequest, (update: RequestUpdate) => void] {
  const store = useRequestStore();
  const request = useSyncExternalStore(store.subscribe, store.get, store.get);
  return [request, store.set];
}
