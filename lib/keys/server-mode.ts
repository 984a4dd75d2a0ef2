/** What the server will answer with when the browser sends no key of its own. */
export type ServerMode = "zenmux" | "demo";

/** Which key the next run uses: the user's own, the server's, or none (the emulator answers). */
export type RunKey = "yours" | "server" | "none";

export function runKey(serverMode: ServerMode, hasUserKey: boolean): RunKey {
  if (hasUserKey) return "yours";
  return serverMode === "zenmux" ? "server" : "none";
}
