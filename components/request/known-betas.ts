/** Betas ZenMux passes through, offered as suggestions; any other value can still be typed. */
export const KNOWN_BETAS: readonly string[] = [
  "context-1m-2025-08-07",
  "interleaved-thinking-2025-05-14",
  "fine-grained-tool-streaming-2025-05-14",
  "token-efficient-tools-2025-02-19",
  "output-128k-2025-02-19",
  "prompt-caching-2024-07-31",
];
