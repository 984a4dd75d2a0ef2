/** `anthropic/claude-3.7-sonnet:amazon-bedrock` → `anthropic`. */
export function providerOf(modelId: string): string {
  const slash = modelId.indexOf("/");
  return slash > 0 ? modelId.slice(0, slash) : "other";
}

/** Drops a `:provider` pin, so a pinned id finds its catalog entry. */
export function baseModelId(modelId: string): string {
  const colon = modelId.indexOf(":");
  return colon > 0 ? modelId.slice(0, colon) : modelId;
}
