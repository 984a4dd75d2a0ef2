import { z } from "zod";

/** A price as ZenMux lists it, optionally for a tier chosen by token-count conditions (in kTokens). */
export const priceSchema = z.object({
  value: z.number(),
  unit: z.string(),
  currency: z.string().default("USD"),
  conditions: z
    .record(
      z.string(),
      z.object({
        unit: z.string().optional(),
        gte: z.number().optional(),
        gt: z.number().optional(),
        lte: z.number().optional(),
        lt: z.number().optional(),
      }),
    )
    .optional(),
});
export type Price = z.infer<typeof priceSchema>;

/** A model of ZenMux's `/v1/models` list; Anthropic's plainer items parse too. */
export const modelInfoSchema = z.object({
  id: z.string(),
  type: z.string().optional(),
  display_name: z.string().optional(),
  created_at: z.string().optional(),
  input_modalities: z.array(z.string()).optional(),
  output_modalities: z.array(z.string()).optional(),
  capabilities: z.object({ reasoning: z.boolean().optional() }).loose().optional(),
  context_length: z.number().optional(),
  pricings: z.record(z.string(), z.array(priceSchema)).optional(),
});
export type ModelInfo = z.infer<typeof modelInfoSchema>;

export const modelListSchema = z.object({
  data: z.array(modelInfoSchema),
  has_more: z.boolean().optional(),
});
export type ModelList = z.infer<typeof modelListSchema>;

// The id helpers live apart so the page can use them without loading zod.
export { baseModelId, providerOf } from "@/lib/anthropic/model-ids";
