"use client";

import { useCallback, useEffect, useState } from "react";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { readStored, writeStored } from "@/lib/storage/stored-value";

/** Whether the code pane is open: closed until asked for, then remembered in this browser. */
export function useCodeOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpenState] = useState(false);
  useEffect(() => {
    // Storage unavailable: the code stays closed until asked for.
    setOpenState(readStored("local", STORAGE_KEYS.codeOpen) === "open");
  }, []);
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    // Storage unavailable: the choice holds for this visit.
    writeStored("local", STORAGE_KEYS.codeOpen, next ? "open" : "closed");
  }, []);
  return [open, setOpen];
}
