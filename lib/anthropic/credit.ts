/**
 * ZenMux's 402s (docs/protocol.md#credit-errors): the balance is too low, so retrying
 * cannot help; the way on is ZenMux's pay-as-you-go page, where credit is topped up.
 */
export const TOP_UP_URL = "https://zenmux.ai/platform/pay-as-you-go";

const CREDIT_ERROR_TYPES: ReadonlySet<string> = new Set([
  "billing_error",
  "insufficient_credit",
  "reject_no_credit",
  "quote_exceeded",
]);

/** Whether an error is about credit: a 402, or one of the credit types in either error shape. */
export function isCreditError(error: { status?: number; type: string }): boolean {
  return error.status === 402 || CREDIT_ERROR_TYPES.has(error.type);
}
