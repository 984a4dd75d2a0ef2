/**
 * The emulator's model catalog, in ZenMux's model-list shape (docs/protocol.md#model-catalog),
 * plus the fault models that make the emulator misbehave on demand.
 */

import { baseModelId } from "@/lib/anthropic/models";
import { ECHO_MODEL_ID } from "./echo";
import { GRAMMAR_FAULT_MODELS, type GrammarFaultId } from "./grammar-faults";

export type PricingUnit = "perMTokens" | "perCount" | "perSecond";

export interface TokenCondition {
  unit: "kTokens";
  gte?: number;
  lt?: number;
}

export interface Pricing {
  value: number;
  unit: PricingUnit;
  currency: "USD";
  conditions?: { prompt_tokens?: TokenCondition; completion_tokens?: TokenCondition };
}

export type PricingKey =
  | "prompt"
  | "completion"
  | "input_cache_read"
  | "input_cache_write"
  | "input_cache_write_5_min"
  | "input_cache_write_1_h"
  | "web_search"
  | "internal_reasoning";

export type Modality = "text" | "image" | "file" | "audio" | "video";

export interface CatalogModel {
  id: string;
  type: "model";
  display_name: string;
  created_at: string;
  input_modalities: Modality[];
  output_modalities: Modality[];
  capabilities: { reasoning: boolean };
  context_length: number;
  pricings: Partial<Record<PricingKey, Pricing[]>>;
}

const flat = (value: number): Pricing[] => [{ value, unit: "perMTokens", currency: "USD" }];

/** Two prompt tiers split at `splitK` thousand prompt tokens, as ZenMux prices long contexts. */
const tiered = (low: number, high: number, splitK: number): Pricing[] => [
  {
    value: low,
    unit: "perMTokens",
    currency: "USD",
    conditions: { prompt_tokens: { unit: "kTokens", gte: 0, lt: splitK } },
  },
  {
    value: high,
    unit: "perMTokens",
    currency: "USD",
    conditions: { prompt_tokens: { unit: "kTokens", gte: splitK } },
  },
];

function model(
  id: string,
  display_name: string,
  created_at: string,
  context_length: number,
  reasoning: boolean,
  input_modalities: Modality[],
  pricings: CatalogModel["pricings"],
): CatalogModel {
  return {
    id,
    type: "model",
    display_name,
    created_at,
    input_modalities,
    output_modalities: ["text"],
    capabilities: { reasoning },
    context_length,
    pricings,
  };
}

const TEXT_IMAGE_FILE: Modality[] = ["text", "image", "file"];

export const CATALOG_MODELS: readonly CatalogModel[] = [
  model(
    "anthropic/claude-sonnet-4.5",
    "Anthropic: Claude Sonnet 4.5",
    "2025-09-29",
    1_000_000,
    true,
    TEXT_IMAGE_FILE,
    {
      prompt: tiered(3, 6, 200),
      completion: flat(15),
      input_cache_read: flat(0.3),
      input_cache_write_5_min: flat(3.75),
      input_cache_write_1_h: flat(6),
    },
  ),
  model(
    "anthropic/claude-opus-4.5",
    "Anthropic: Claude Opus 4.5",
    "2025-11-24",
    200_000,
    true,
    TEXT_IMAGE_FILE,
    {
      prompt: flat(5),
      completion: flat(25),
      input_cache_read: flat(0.5),
      input_cache_write_5_min: flat(6.25),
      input_cache_write_1_h: flat(10),
    },
  ),
  model(
    "anthropic/claude-haiku-4.5",
    "Anthropic: Claude Haiku 4.5",
    "2025-10-15",
    200_000,
    true,
    TEXT_IMAGE_FILE,
    {
      prompt: flat(1),
      completion: flat(5),
      input_cache_read: flat(0.1),
      input_cache_write_5_min: flat(1.25),
      input_cache_write_1_h: flat(2),
    },
  ),
  model(
    "anthropic/claude-3.7-sonnet",
    "Anthropic: Claude 3.7 Sonnet",
    "2025-02-24",
    200_000,
    true,
    TEXT_IMAGE_FILE,
    {
      prompt: flat(3),
      completion: flat(15),
      input_cache_read: flat(0.3),
      input_cache_write_5_min: flat(3.75),
    },
  ),
  model("openai/gpt-5", "OpenAI: GPT-5", "2025-08-07", 400_000, true, TEXT_IMAGE_FILE, {
    prompt: flat(1.25),
    completion: flat(10),
    input_cache_read: flat(0.125),
  }),
  model("openai/gpt-5-mini", "OpenAI: GPT-5 Mini", "2025-08-07", 400_000, true, TEXT_IMAGE_FILE, {
    prompt: flat(0.25),
    completion: flat(2),
    input_cache_read: flat(0.025),
  }),
  model(
    "google/gemini-3.1-pro-preview",
    "Google: Gemini 3.1 Pro Preview",
    "2026-02-19",
    1_048_576,
    true,
    ["text", "image", "file", "audio", "video"],
    {
      prompt: tiered(2, 4, 200),
      completion: tiered(12, 18, 200),
      input_cache_read: tiered(0.2, 0.4, 200),
      input_cache_write: flat(4.5),
    },
  ),
  model(
    "google/gemini-2.5-flash",
    "Google: Gemini 2.5 Flash",
    "2025-06-17",
    1_048_576,
    true,
    ["text", "image", "file", "audio", "video"],
    {
      prompt: flat(0.3),
      completion: flat(2.5),
      input_cache_read: flat(0.03),
      input_cache_write: flat(1),
    },
  ),
  model(
    "moonshotai/kimi-k2.6",
    "MoonshotAI: Kimi K2.6",
    "2026-03-02",
    262_144,
    true,
    ["text", "image"],
    {
      prompt: flat(0.6),
      completion: flat(2.5),
      input_cache_read: flat(0.15),
    },
  ),
  model(
    "deepseek/deepseek-chat-v3.1",
    "DeepSeek: DeepSeek V3.1",
    "2025-08-21",
    163_840,
    true,
    ["text"],
    {
      prompt: flat(0.27),
      completion: flat(1.1),
      input_cache_read: flat(0.07),
    },
  ),
  model("x-ai/grok-4", "xAI: Grok 4", "2025-07-09", 256_000, true, ["text", "image"], {
    prompt: tiered(3, 6, 128),
    completion: tiered(15, 30, 128),
    input_cache_read: flat(0.75),
    web_search: [{ value: 0.025, unit: "perCount", currency: "USD" }],
  }),
  model("qwen/qwen3-coder", "Qwen: Qwen3 Coder", "2025-07-22", 262_144, false, ["text"], {
    prompt: tiered(1, 1.8, 32),
    completion: tiered(5, 9, 32),
  }),
  model("z-ai/glm-4.6", "Z.AI: GLM 4.6", "2025-09-30", 204_800, true, ["text"], {
    prompt: flat(0.6),
    completion: flat(2.2),
    input_cache_read: flat(0.11),
  }),
  model(
    "mistralai/mistral-medium-3.1",
    "Mistral: Mistral Medium 3.1",
    "2025-08-12",
    131_072,
    false,
    ["text", "image"],
    {
      prompt: flat(0.4),
      completion: flat(2),
    },
  ),
];

/** The fault models: each id names what it does. */
export const EMULATOR_FAULT_MODELS = [
  "emulator/overloaded",
  "emulator/rate-limited",
  "emulator/stream-error",
  "emulator/slow-first-token",
  "emulator/insufficient-credit",
  "emulator/slow-stream",
] as const;

export type FaultModelId = (typeof EMULATOR_FAULT_MODELS)[number] | GrammarFaultId;

const FAULT_NAMES: Readonly<Record<FaultModelId, string>> = {
  ...GRAMMAR_FAULT_MODELS,
  "emulator/overloaded": "Emulator: 529 Overloaded",
  "emulator/rate-limited": "Emulator: 429 Rate limited",
  "emulator/stream-error": "Emulator: Error mid-stream",
  "emulator/slow-first-token": "Emulator: Slow first token (3 s)",
  "emulator/insufficient-credit": "Emulator: 402 Insufficient credit",
  "emulator/slow-stream": "Emulator: Slow stream (8 tokens/s)",
};

const FAULT_IDS = Object.keys(FAULT_NAMES) as FaultModelId[];

// Not reasoning models: they stand for failures, and a "reasoning" badge would promise thinking.
export const FAULT_CATALOG_MODELS: readonly CatalogModel[] = FAULT_IDS.map((id) =>
  model(id, FAULT_NAMES[id], "2025-01-01", 200_000, false, TEXT_IMAGE_FILE, {
    prompt: flat(0),
    completion: flat(0),
  }),
);

/** The echo model (echo.ts), listed like any other and free. */
const ECHO_CATALOG_MODEL: CatalogModel = {
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

/** Every model the emulator lists, real ones first. */
export const EMULATOR_CATALOG: readonly CatalogModel[] = [
  ...CATALOG_MODELS,
  ...FAULT_CATALOG_MODELS,
  ECHO_CATALOG_MODEL,
];

/** The catalog entry for an id, ignoring a `:provider` pin such as `:amazon-bedrock`. */
export function findCatalogModel(id: string): CatalogModel | undefined {
  const base = baseModelId(id);
  return EMULATOR_CATALOG.find((entry) => entry.id === base);
}

export function isFaultModel(id: string): id is FaultModelId {
  return (FAULT_IDS as readonly string[]).includes(id);
}
