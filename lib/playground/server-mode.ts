/** What the server will answer with when the browser sends no key of its own. */
export type ServerMode = "zenmux" | "demo";
