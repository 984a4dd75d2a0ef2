import type { CatalogModel } from "./catalog";

/**
 * A test model that answers with the last user message, verbatim (still cut by max_tokens and
 * stop sequences). It lets tests put any text into a reply, such as hostile Markdown, through the
 * same proxy, stream and views as every other answer.
 */
export const ECHO_MODEL_ID = "emulator/echo";

export const ECHO_CATALOG_MODEL: CatalogModel = {
  id: ECHO_MODEL_ID,
  type: "model",
  display_name: "Emulator: Echo (answers with your last message)",
  created_at: "2025-01-01",
  input_modalities: ["text", "image", "file"],
  output_modalities: ["text"],
  capabilities: { reasoning: false },
  context_length: 200_000,
  pricings: {
    prompt: [{ value: 0, unit: "perMTokens", currency: "USD" }],
    completion: [{ value: 0, unit: "perMTokens", currency: "USD" }],
  },
};

/** The echo model's answer, or null for any other model. */
export function echoAnswer(model: string, lastUserText: string): string | null {
  return model === ECHO_MODEL_ID ? lastUserText : null;
}
