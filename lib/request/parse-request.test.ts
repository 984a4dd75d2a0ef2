import { describe, expect, it } from "vitest";
import { parsePlaygroundRequest } from "./parse-request";

describe("parsePlaygroundRequest", () => {
  it("keeps the stored body as written, key order included, and defaults betas", () => {
    const body = {
      stream: true,
      messages: [{ content: "hi", role: "user" }],
      model: "m",
      max_tokens: 5,
    };
    const parsed = parsePlaygroundRequest({ body });
    expect(parsed).toEqual({ body, betas: [] });
    expect(JSON.stringify(parsed?.body)).toBe(JSON.stringify(body));
  });

  it("refuses a body views could not read", () => {
    const body = { model: "m", max_tokens: 5, messages: [{ role: "system", content: "hi" }] };
    expect(parsePlaygroundRequest({ body, betas: [] })).toBeNull();
    expect(parsePlaygroundRequest({ body: { ...body, messages: [] }, betas: [1] })).toBeNull();
  });
});
