"use client";

import { useCallback, useEffect, useState } from "react";

const STORAGE_KEY = "zenmux-playground:code-open";

/** Whether the code pane is open: closed until asked for, then remembered in this browser. */
export function useCodeOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpenState] = useState(false);
  useEffect(() => {
    try {
      setOpenState(window.localStorage.getItem(STORAGE_KEY) === "open");
    } catch {
      // Storage unavailable: the code stays closed until asked for.
    }
  }, []);
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? "open" : "closed");
    } catch {
      // Storage unavailable: the choice holds for this visit.
    }
  }, []);
  return [open, setOpen];
}
