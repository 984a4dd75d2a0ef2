import { z } from "zod";
import type { PlaygroundRequest } from "@/lib/anthropic/request";

/**
 * Just enough shape to trust data that comes from outside this page run (storage, share links):
 * the fields every view reads without checking. Everything else passes through untouched, so a
 * request keeps fields this playground does not know about.
 */
const storedRequestSchema = z.object({
  body: z
    .object({
      model: z.string(),
      max_tokens: z.number(),
      messages: z.array(
        z
          .object({
            role: z.enum(["user", "assistant"]),
            content: z.union([z.string(), z.array(z.object({ type: z.string() }).loose())]),
          })
          .loose(),
      ),
    })
    .loose(),
  betas: z.array(z.string()).default([]),
});

/** A request from untrusted JSON, or null when it does not have the shape views rely on. */
export function parsePlaygroundRequest(value: unknown): PlaygroundRequest | null {
  const result = storedRequestSchema.safeParse(value);
  // The schema checks the fields views depend on; the rest is the SDK's open-ended body type.
  return result.success ? (result.data as unknown as PlaygroundRequest) : null;
}
