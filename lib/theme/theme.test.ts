import { describe, expect, it } from "vitest";
import { STORAGE_KEYS } from "@/lib/storage/storage-keys";
import { isDark, nextThemeChoice, parseThemeChoice, THEME_INIT_SCRIPT } from "@/lib/theme/theme";

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

  it("ships an init script that applies the stored choice as isDark would, before hydration", () => {
    // The script swallows its own errors, so only what it did to the class list tells.
    const applied = (stored: string | null, systemDark: boolean) => {
      const calls: [string, boolean][] = [];
      const run = new Function("localStorage", "matchMedia", "document", THEME_INIT_SCRIPT);
      run(
        { getItem: (key: string) => (key === STORAGE_KEYS.theme ? stored : null) },
        () => ({ matches: systemDark }),
        {
          documentElement: {
            classList: { toggle: (...call: [string, boolean]) => calls.push(call) },
          },
        },
      );
      return calls;
    };
    for (const stored of ["light", "dark", "system", null])
      for (const systemDark of [false, true])
        expect(applied(stored, systemDark)).toEqual([
          ["dark", isDark(parseThemeChoice(stored), systemDark)],
        ]);
  });
});
