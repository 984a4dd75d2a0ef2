import type { ModelList } from "@/lib/anthropic/models";
import { userKeyHeaders } from "@/lib/keys/user-key";
import { proxyHeaders } from "@/lib/run/send-run";

const MODELS_PATH = "/api/anthropic/v1/models";

/** The catalog through our proxy; the model picker and the cost estimate share this one query. */
async function fetchModels(fetchImpl: typeof fetch = fetch): Promise<ModelList> {
  const response = await fetchImpl(`${MODELS_PATH}?limit=1000`, {
    headers: proxyHeaders(userKeyHeaders()),
  });
  if (!response.ok) throw new Error(`The model list failed with HTTP ${response.status}.`);
  // The schema brings zod, which the first screen does not need before the list arrives.
  // zod's eval switch must be set before the schema module builds its schemas.
  await import("@/lib/request/zod-without-eval");
  const { modelListSchema } = await import("@/lib/anthropic/models");
  const parsed = modelListSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error("The model list had an unexpected shape.");
  return parsed.data;
}

export function modelsQueryOptions() {
  return { queryKey: ["models"] as const, queryFn: () => fetchModels() };
}
