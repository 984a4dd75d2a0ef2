import { describe, expect, it } from "vitest";
import { chooseTool, toolInput, valueFor } from "./tool-input";

const tool = (
  name: string,
  description: string,
  input_schema: Record<string, unknown> = { type: "object" },
) => ({
  name,
  description,
  input_schema: { type: "object" as const, ...input_schema },
});

describe("emulator tool choice", () => {
  const weather = tool("get_weather", "Current weather for a city");
  const stocks = tool("stock_price", "Latest share price of a listed company");

  it("picks the tool whose name or description the user mentions, under auto", () => {
    expect(
      chooseTool([weather, stocks], { type: "auto" }, "What is the share price of ACME?", false)
        ?.name,
    ).toBe("stock_price");
    expect(
      chooseTool([weather, stocks], undefined, "Is the weather nice in Oslo?", false)?.name,
    ).toBe("get_weather");
    expect(chooseTool([weather, stocks], { type: "auto" }, "Write a haiku", false)).toBeUndefined();
    expect(chooseTool([weather], { type: "auto" }, "weather again?", true)).toBeUndefined();
  });

  it("always picks under any and tool, never under none", () => {
    expect(chooseTool([weather, stocks], { type: "any" }, "Write a haiku", false)?.name).toBe(
      "get_weather",
    );
    expect(
      chooseTool([weather, stocks], { type: "tool", name: "stock_price" }, "weather", false)?.name,
    ).toBe("stock_price");
    expect(chooseTool([weather], { type: "none" }, "weather in Oslo", false)).toBeUndefined();
    const search = { type: "web_search_20250305", name: "web_search" };
    expect(chooseTool([search], { type: "any" }, "search the web", false)).toBeUndefined();
  });
});

describe("emulator tool input", () => {
  it("fills every required property by type, respecting enums, bounds and nesting", () => {
    const input = toolInput(
      tool("book", "Book a trip", {
        properties: {
          destination: { type: "string" },
          travellers: { type: "integer", minimum: 1, maximum: 4 },
          budget: { type: "number", minimum: 100 },
          class: { type: "string", enum: ["economy", "business"] },
          refundable: { type: "boolean" },
          dates: { type: "array", items: { type: "string", format: "date" }, minItems: 2 },
          contact: {
            type: "object",
            properties: { email: { type: "string" }, phone: { type: "string" } },
            required: ["email"],
          },
          note: { anyOf: [{ type: "null" }, { type: "string" }] },
          optional: { type: "string" },
        },
        required: [
          "destination",
          "travellers",
          "budget",
          "class",
          "refundable",
          "dates",
          "contact",
          "note",
        ],
      }),
      "Book a trip to Lisbon for 9 people",
    );
    expect(input).toEqual({
      destination: "Lisbon",
      travellers: 4,
      budget: 100,
      class: "economy",
      refundable: true,
      dates: ["2025-01-01", "2025-01-01"],
      contact: { email: "user@example.com" },
      note: expect.any(String),
    });
  });

  it("uses const and default when the schema gives them", () => {
    expect(valueFor({ const: "fixed" }, "x", "")).toBe("fixed");
    expect(valueFor({ type: "integer", default: 7 }, "x", "")).toBe(7);
  });
});
