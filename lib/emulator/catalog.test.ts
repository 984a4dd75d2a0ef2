import { describe, expect, it } from "vitest";
import { modelListSchema } from "@/lib/anthropic/models";
import {
  CATALOG_MODELS,
  EMULATOR_CATALOG,
  EMULATOR_FAULT_MODELS,
  FAULT_CATALOG_MODELS,
  findCatalogModel,
} from "./catalog";
import { handleEmulatorRequest } from "./index";
import { call } from "./test-support";

interface ListBody {
  data: {
    id: string;
    type: string;
    display_name: string;
    pricings: Record<string, { value: number }[]>;
  }[];
  has_more: boolean;
}

describe("emulator catalog", () => {
  it("lists real models of several providers in ZenMux's shape, then the fault models", async () => {
    const response = await call("models", undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-zenmux-emulator")).toBe("1");
    expect(response.headers.get("x-zenmux-requestid")).toBeTruthy();
    const body = (await response.json()) as ListBody;
    expect(body.has_more).toBe(false);
    expect(body.data).toEqual(EMULATOR_CATALOG);
    expect(CATALOG_MODELS.length).toBeGreaterThanOrEqual(12);
    const providers = new Set(CATALOG_MODELS.map((model) => model.id.split("/")[0]));
    expect(providers.size).toBeGreaterThanOrEqual(6);
    for (const id of [
      "anthropic/claude-sonnet-4.5",
      "anthropic/claude-opus-4.5",
      "anthropic/claude-haiku-4.5",
      "anthropic/claude-3.7-sonnet",
      "openai/gpt-5",
      "openai/gpt-5-mini",
      "google/gemini-3.1-pro-preview",
      "google/gemini-2.5-flash",
      "moonshotai/kimi-k2.6",
      "deepseek/deepseek-chat-v3.1",
      "x-ai/grok-4",
      "qwen/qwen3-coder",
      ...EMULATOR_FAULT_MODELS,
    ]) {
      expect(body.data.map((model) => model.id)).toContain(id);
    }
    for (const model of EMULATOR_CATALOG) {
      expect(model).toMatchObject({
        type: "model",
        display_name: expect.any(String),
        created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        context_length: expect.any(Number),
        capabilities: { reasoning: expect.any(Boolean) },
      });
      expect(model.input_modalities).toContain("text");
      expect(model.output_modalities).toContain("text");
      expect(model.pricings.prompt?.length).toBeGreaterThan(0);
      expect(model.pricings.completion?.length).toBeGreaterThan(0);
    }
  });

  it("is read whole by the schema the playground parses model lists with", async () => {
    const response = await call("models", undefined);
    const parsed = modelListSchema.safeParse(await response.json());
    expect(parsed.success).toBe(true);
    expect(parsed.data?.data.map((model) => model.id)).toEqual(EMULATOR_CATALOG.map((m) => m.id));
    expect(parsed.data?.data[0]?.pricings?.prompt?.[0]?.value).toBe(
      EMULATOR_CATALOG[0]?.pricings.prompt?.[0]?.value,
    );
  });

  it("prices long prompts in tiers for some models, and fault models at zero", () => {
    const sonnet = findCatalogModel("anthropic/claude-sonnet-4.5");
    expect(sonnet?.pricings.prompt).toEqual([
      {
        value: 3,
        unit: "perMTokens",
        currency: "USD",
        conditions: { prompt_tokens: { unit: "kTokens", gte: 0, lt: 200 } },
      },
      {
        value: 6,
        unit: "perMTokens",
        currency: "USD",
        conditions: { prompt_tokens: { unit: "kTokens", gte: 200 } },
      },
    ]);
    expect(sonnet?.pricings.input_cache_read?.[0]?.value).toBe(0.3);
    expect(sonnet?.pricings.input_cache_write_5_min?.[0]?.value).toBe(3.75);
    for (const id of EMULATOR_FAULT_MODELS) {
      const fault = findCatalogModel(id);
      expect(fault?.display_name).toMatch(/^Emulator: /);
      expect(
        Object.values(fault?.pricings ?? {})
          .flat()
          .every((price) => price.value === 0),
      ).toBe(true);
    }
    expect(findCatalogModel("emulator/overloaded")?.display_name).toBe("Emulator: 529 Overloaded");
  });

  it("lists fault models as not reasoning, so the picker gives them no reasoning badge", () => {
    for (const fault of FAULT_CATALOG_MODELS) expect(fault.capabilities.reasoning).toBe(false);
    expect(FAULT_CATALOG_MODELS.map((fault) => fault.id)).toEqual(
      expect.arrayContaining([...EMULATOR_FAULT_MODELS]),
    );
    expect(findCatalogModel("anthropic/claude-sonnet-4.5")?.capabilities.reasoning).toBe(true);
  });

  it("honours ?limit= with a correct has_more", async () => {
    const request = (query: string) =>
      handleEmulatorRequest("models", new Request(`http://emulator.test/v1/models${query}`), {
        tokensPerSecond: 40,
      });
    const three = (await (await request("?limit=3")).json()) as ListBody;
    expect(three.data.map((model) => model.id)).toEqual(
      EMULATOR_CATALOG.slice(0, 3).map((model) => model.id),
    );
    expect(three.has_more).toBe(true);
    const all = (await (await request("?limit=1000")).json()) as ListBody;
    expect(all.data).toHaveLength(EMULATOR_CATALOG.length);
    expect(all.has_more).toBe(false);
    const bad = await request("?limit=abc");
    expect(bad.status).toBe(400);
  });

  it("resolves a :provider suffix to the base model", async () => {
    expect(findCatalogModel("anthropic/claude-3.7-sonnet:amazon-bedrock")?.id).toBe(
      "anthropic/claude-3.7-sonnet",
    );
    expect(findCatalogModel("anthropic/claude-9")).toBeUndefined();
  });
});
