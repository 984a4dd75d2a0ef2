/**
 * What a ZenMux key's prefix says about it (docs/protocol.md#key-kinds), so the page can warn
 * about a key of an unknown shape and explain a subscription key's 429.
 */
export type KeyKind = "pay-as-you-go" | "subscription" | "unknown";

export function keyKindOf(key: string): KeyKind {
  const trimmed = key.trim();
  if (trimmed.startsWith("sk-ai-v1-")) return "pay-as-you-go";
  if (trimmed.startsWith("sk-ss-v1-")) return "subscription";
  return "unknown";
}

/** A plain sentence for the key settings; never quotes the key itself. */
export function describeKeyKind(kind: KeyKind): string {
  switch (kind) {
    case "pay-as-you-go":
      return "A pay-as-you-go key (sk-ai-v1-…): no rate or concurrency limit.";
    case "subscription":
      return "A subscription key (sk-ss-v1-…): about 10–15 requests a minute, with 5-hour and weekly quotas. Not meant for production.";
    case "unknown":
      return "This does not look like a ZenMux key (they start with sk-ai-v1- or sk-ss-v1-). It will be sent as it is: fine for a playground token from this server's operator, otherwise ZenMux will likely refuse it.";
  }
}

/** Why a 429 happened, when the key's kind explains it. */
export function rateLimitHint(kind: KeyKind): string | undefined {
  return kind === "subscription"
    ? "Subscription keys (sk-ss-v1-…) allow about 10–15 requests a minute and have 5-hour and weekly quotas; a pay-as-you-go key (sk-ai-v1-…) has no rate limit."
    : undefined;
}
