"use client";
import { useCallback, useEffect, useState } from "react";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { readStored, removeStored, writeStored } from "@/lib/storage/stored-value";
import { isDark, parseThemeChoice, type ThemeChoice } from "@/lib/theme/theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function readChoice(): ThemeChoice {
  return parseThemeChoice(readStored("local", STORAGE_KEYS.theme));
}

/** The theme choice (persisted) and its effect on <html>; "system" follows the OS live. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  // The playground renders only after mount, so storage can be read during the first render.
  const [choice, setChoiceState] = useState<ThemeChoice>(() =>
    typeof window === "undefined" ? "system" : readChoice(),
  );

  useEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const apply = () =>
      document.documentElement.classList.toggle("dark", isDark(choice, media.matches));
    apply();
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [choice]);

  const setChoice = useCallback((next: ThemeChoice) => {
    // Where storage is unavailable the choice still applies, for this page.
    if (next === "system") removeStored("local", STORAGE_KEYS.theme);
    else writeStored("local", STORAGE_KEYS.theme, next);
    setChoiceState(next);
  }, []);

  return [choice, setChoice];
}
