"use client";
import { createContext, useContext } from "react";

/** What a model fix changes: the request's model by default, a comparison column's inside one. */
export interface ModelFixTarget {
  /** Says what changed: "The column now uses …". */
  name: string;
  model: string;
  setModel(id: string): void;
}

const ModelFixTargetContext = createContext<ModelFixTarget | null>(null);

/** Below it, "Use …" changes this target's model rather than the shared request's. */
export const ModelFixTargetProvider = ModelFixTargetContext.Provider;

export function useModelFixTarget(): ModelFixTarget | null {
  return useContext(ModelFixTargetContext);
}
