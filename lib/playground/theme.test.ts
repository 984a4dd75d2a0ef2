import { describe, expect, it } from "vitest";
import {
  isDark,
  nextThemeChoice,
  parseThemeChoice,
  THEME_INIT_SCRIPT,
  THEME_STORAGE_KEY,
} from "@/lib/playground/theme";

describe("theme choice", () => {
  it("defaults to following the system", () => {
    expect(parseThemeChoice(null)).toBe("system");
    expect(parseThemeChoice("purple")).toBe("system");
    expect(parseThemeChoice("dark")).toBe("dark");
  });

  it("cycles system → light → dark → system", () => {
    expect(nextThemeChoice("system")).toBe("light");
    expect(nextThemeChoice("light")).toBe("dark");
    expect(nextThemeChoice("dark")).toBe("system");
  });

  it("resolves the system choice from the media query and lets an explicit choice win", () => {
    expect(isDark("system", true)).toBe(true);
    expect(isDark("system", false)).toBe(false);
    expect(isDark("light", true)).toBe(false);
    expect(isDark("dark", false)).toBe(true);
  });

  it("ships an init script that reads the same storage key", () => {
    expect(THEME_INIT_SCRIPT).toContain(JSON.stringify(THEME_STORAGE_KEY));
    expect(() => new Function(THEME_INIT_SCRIPT)).not.toThrow();
  });
});
