import { type Refusal, refusal } from "@/lib/proxy/refusal";

/** The store that holds limits and the budget (Redis) cannot answer: the server key waits. */
export function storeUnavailableRefusal(): Refusal {
  return refusal(
    503,
    "overloaded_error",
    "The server's key is unavailable because its limit store (Redis) cannot be reached. Try again shortly, or send your own ZenMux key, which does not depend on it.",
    { "retry-after": "5" },
  );
}
