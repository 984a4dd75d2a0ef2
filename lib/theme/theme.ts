import { STORAGE_KEYS } from "@/lib/storage/storage-keys";

export type ThemeChoice = "system" | "light" | "dark";

const CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

export function parseThemeChoice(value: unknown): ThemeChoice {
  return CHOICES.includes(value as ThemeChoice) ? (value as ThemeChoice) : "system";
}

/** The toggle cycles system → light → dark → system. */
export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  return CHOICES[(CHOICES.indexOf(choice) + 1) % CHOICES.length] ?? "system";
}

export function isDark(choice: ThemeChoice, systemPrefersDark: boolean): boolean {
  return choice === "dark" || (choice === "system" && systemPrefersDark);
}

/**
 * Runs inline in <head> before the first paint, so a dark page never flashes light. Kept tiny
 * and self-contained: it cannot import anything, so its storage key is written into it here.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var c=localStorage.getItem(${JSON.stringify(
  STORAGE_KEYS.theme,
)});var d=c==="dark"||(c!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;
