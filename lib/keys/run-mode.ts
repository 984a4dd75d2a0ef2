/**
 * Which key a run uses: the user's own, the server's, or none (demo: the built-in emulator
 * answers). This is the one word for it: the bar shows it before a run, and a recording keeps it
 * (never the key itself), so history, share links and run files say how a kept run ran. The
 * stored values must not change, or old recordings stop parsing.
 */
export const RUN_MODES = ["demo", "server", "own-key"] as const;
export type RunMode = (typeof RUN_MODES)[number];

/**
 * The mode the next run takes. `usesServerKey` is a fact about the server, not a key: whether a
 * run without the user's own key goes to ZenMux with the server's key (else the emulator answers).
 */
export function runMode(usesServerKey: boolean, hasUserKey: boolean): RunMode {
  if (hasUserKey) return "own-key";
  return usesServerKey ? "server" : "demo";
}

/** How the page words each mode, wherever it shows one. */
export const RUN_MODE_LABELS: Readonly<
  Record<
    RunMode,
    {
      /** The top bar's badge. */
      badge: string;
      /** The badge's tooltip. */
      detail: string;
      /** After "Runs with" in the run bar. */
      runsWith: string;
      /** Completes "a recorded run that …". */
      ran: string;
    }
  >
> = {
  "own-key": {
    badge: "ZenMux · your key",
    detail: "Runs go to ZenMux with the key saved in this browser",
    runsWith: "Your key",
    ran: "ran on ZenMux with the user's own key",
  },
  server: {
    badge: "ZenMux · server key",
    detail: "Runs go to ZenMux with the server's key",
    runsWith: "Server key",
    ran: "ran on ZenMux with the server's key",
  },
  demo: {
    badge: "Demo",
    detail: "No key: the built-in emulator answers",
    runsWith: "Demo (no key)",
    ran: "ran in demo mode: the built-in emulator answered",
  },
};
