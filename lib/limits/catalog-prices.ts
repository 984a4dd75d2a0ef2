import "server-only";
import { baseModelId, type ModelInfo, modelListSchema } from "@/lib/anthropic/models";
import type { ServerConfig } from "@/lib/config/server-config";

const REFRESH_MS = 10 * 60_000;

/** Used when the catalog has no price for a model, or cannot be read: Opus-class, on purpose high. */
export const FALLBACK_MODEL: Pick<ModelInfo, "pricings"> = {
  pricings: {
    prompt: [{ value: 15, unit: "perMTokens", currency: "USD" }],
    completion: [{ value: 75, unit: "perMTokens", currency: "USD" }],
  },
};

let cached: { at: number; models: Map<string, ModelInfo> } | undefined;
let loading: Promise<Map<string, ModelInfo>> | undefined;

/**
 * The upstream's model catalog with its prices, read with the server's key and kept for ten
 * minutes. A catalog that cannot be read leaves the fallback price in force, never an error.
 */
async function catalog(config: Pick<ServerConfig, "ZENMUX_API_KEY" | "ZENMUX_BASE_URL">) {
  if (cached && Date.now() - cached.at < REFRESH_MS) return cached.models;
  loading ??= (async () => {
    const models = new Map<string, ModelInfo>();
    try {
      const response = await fetch(`${config.ZENMUX_BASE_URL}/v1/models?limit=1000`, {
        headers: { "x-api-key": config.ZENMUX_API_KEY ?? "", "anthropic-version": "2023-06-01" },
        redirect: "manual",
        signal: AbortSignal.timeout(10_000),
      });
      const parsed = modelListSchema.safeParse(await response.json());
      if (parsed.success) for (const model of parsed.data.data) models.set(model.id, model);
    } catch {
      // Unreachable or unreadable: prices fall back (see FALLBACK_MODEL).
    }
    cached = { at: Date.now(), models };
    return models;
  })().finally(() => {
    loading = undefined;
  });
  return loading;
}

/** The catalog entry whose prices a request for `modelId` is charged at. */
export async function pricedModel(
  modelId: unknown,
  config: Pick<ServerConfig, "ZENMUX_API_KEY" | "ZENMUX_BASE_URL">,
): Promise<Pick<ModelInfo, "pricings">> {
  if (typeof modelId !== "string") return FALLBACK_MODEL;
  const models = await catalog(config);
  const model = models.get(modelId) ?? models.get(baseModelId(modelId));
  return model?.pricings?.prompt || model?.pricings?.completion ? model : FALLBACK_MODEL;
}

/** For tests: forget the cached catalog. */
export function forgetCatalog(): void {
  cached = undefined;
}
