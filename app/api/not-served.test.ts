import { describe, expect, it } from "vitest";
import * as anthropicCatchAll from "./anthropic/[...path]/route";
import * as anthropicMessages from "./anthropic/v1/messages/route";
import * as anthropicModels from "./anthropic/v1/models/route";
import * as emulatorCatchAll from "./emulator/[...path]/route";
import * as emulatorCountTokens from "./emulator/v1/messages/count_tokens/route";

const url = (path: string) => `http://localhost/api${path}`;

describe("paths and methods the API does not serve", () => {
  it("answers an unknown proxy path with an Anthropic-shaped 404 listing what is served", async () => {
    const response = await anthropicCatchAll.POST(
      new Request(url("/anthropic/v1/messages/batches"), { method: "POST", body: "{}" }),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = await response.json();
    expect(body.type).toBe("error");
    expect(body.error.type).toBe("not_found_error");
    expect(body.error.message).toContain("POST /api/anthropic/v1/messages/batches");
    expect(body.error.message).toContain("GET /v1/models");
  });

  it("answers an unknown emulator path the same way", async () => {
    const response = await emulatorCatchAll.GET(new Request(url("/emulator/v1/complete")));
    expect(response.status).toBe(404);
    expect((await response.json()).error.type).toBe("not_found_error");
  });

  it("answers a wrong method on a served path with an Anthropic-shaped 405 and Allow", async () => {
    const cases = [
      [anthropicMessages.GET, "/anthropic/v1/messages", "POST"],
      [anthropicModels.POST, "/anthropic/v1/models", "GET"],
      [emulatorCountTokens.PUT, "/emulator/v1/messages/count_tokens", "POST"],
    ] as const;
    for (const [handler, path, allowed] of cases) {
      const response = handler(new Request(url(path), { method: "DELETE" }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe(allowed);
      const body = await response.json();
      expect(body).toEqual({
        type: "error",
        error: {
          type: "invalid_request_error",
          message: `Method DELETE is not allowed on /api${path}; use ${allowed}.`,
        },
      });
    }
  });
});
