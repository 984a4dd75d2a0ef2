"use client";
import { useCallback, useEffect, useState } from "react";
import { isDark, parseThemeChoice, THEME_STORAGE_KEY, type ThemeChoice } from "@/lib/theme/theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return "system";
  }
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
    try {
      if (next === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // The choice still applies for this page when storage is unavailable.
    }
    setChoiceState(next);
  }, []);

  return [choice, setChoice];
}
