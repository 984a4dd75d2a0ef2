import { z } from "zod";
import { IMAGE_MEDIA_TYPES } from "@/lib/anthropic/attachment-limits";

/**
 * The Messages request body as the emulator validates it: the shapes of Anthropic's 2023-06-01
 * API. Objects are loose because the real API grows fields faster than we do; the checks that span
 * fields (thinking rules, tool references) live in validate.ts.
 */

const cacheControlSchema = z
  .looseObject({ type: z.literal("ephemeral"), ttl: z.enum(["5m", "1h"]).optional() })
  .nullish();

const textBlockSchema = z.looseObject({
  type: z.literal("text"),
  text: z.string().min(1, { error: "text content blocks must be non-empty" }),
  cache_control: cacheControlSchema,
  citations: z.array(z.unknown()).nullish(),
});

const imageBlockSchema = z.looseObject({
  type: z.literal("image"),
  source: z.discriminatedUnion("type", [
    z.looseObject({
      type: z.literal("base64"),
      media_type: z.enum(IMAGE_MEDIA_TYPES),
      data: z.string().min(1),
    }),
    z.looseObject({ type: z.literal("url"), url: z.url() }),
    z.looseObject({ type: z.literal("file"), file_id: z.string().min(1) }),
  ]),
  cache_control: cacheControlSchema,
});

const documentBlockSchema = z.looseObject({
  type: z.literal("document"),
  source: z.discriminatedUnion("type", [
    z.looseObject({
      type: z.literal("base64"),
      media_type: z.literal("application/pdf"),
      data: z.string().min(1),
    }),
    z.looseObject({
      type: z.literal("text"),
      media_type: z.literal("text/plain"),
      data: z.string(),
    }),
    z.looseObject({ type: z.literal("url"), url: z.url() }),
    z.looseObject({
      type: z.literal("content"),
      content: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]),
    }),
    z.looseObject({ type: z.literal("file"), file_id: z.string().min(1) }),
  ]),
  title: z.string().nullish(),
  context: z.string().nullish(),
  citations: z.looseObject({ enabled: z.boolean().optional() }).nullish(),
  cache_control: cacheControlSchema,
});

const toolUseBlockSchema = z.looseObject({
  type: z.literal("tool_use"),
  id: z.string().min(1),
  name: z.string().min(1),
  input: z.record(z.string(), z.unknown()),
  cache_control: cacheControlSchema,
});

const toolResultBlockSchema = z.looseObject({
  type: z.literal("tool_result"),
  tool_use_id: z.string().min(1),
  content: z
    .union([
      z.string(),
      z.array(
        z.discriminatedUnion("type", [textBlockSchema, imageBlockSchema, documentBlockSchema]),
      ),
    ])
    .optional(),
  is_error: z.boolean().optional(),
  cache_control: cacheControlSchema,
});

const thinkingBlockSchema = z.looseObject({
  type: z.literal("thinking"),
  thinking: z.string(),
  signature: z.string(),
});

const redactedThinkingBlockSchema = z.looseObject({
  type: z.literal("redacted_thinking"),
  data: z.string(),
});

export const contentBlockSchema = z.discriminatedUnion("type", [
  textBlockSchema,
  imageBlockSchema,
  documentBlockSchema,
  toolUseBlockSchema,
  toolResultBlockSchema,
  thinkingBlockSchema,
  redactedThinkingBlockSchema,
]);
export type ContentBlock = z.infer<typeof contentBlockSchema>;

const messageSchema = z.looseObject({
  role: z.enum(["user", "assistant"]),
  content: z.union([z.string(), z.array(contentBlockSchema)]),
});
export type EmulatorMessage = z.infer<typeof messageSchema>;

const toolSchema = z.looseObject({
  type: z.string().optional(),
  name: z.string().regex(/^[a-zA-Z0-9_-]{1,128}$/, {
    error: "String should match pattern '^[a-zA-Z0-9_-]{1,128}$'",
  }),
  description: z.string().optional(),
  input_schema: z.looseObject({ type: z.literal("object") }).optional(),
  cache_control: cacheControlSchema,
});
export type EmulatorTool = z.infer<typeof toolSchema>;

const toolChoiceSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("auto"), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("any"), disable_parallel_tool_use: z.boolean().optional() }),
  z.looseObject({ type: z.literal("none") }),
  z.looseObject({
    type: z.literal("tool"),
    name: z.string().min(1),
    disable_parallel_tool_use: z.boolean().optional(),
  }),
]);
export type ToolChoice = z.infer<typeof toolChoiceSchema>;

const thinkingSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("enabled"), budget_tokens: z.number().int().min(1024) }),
  z.looseObject({ type: z.literal("disabled") }),
]);

const systemSchema = z.union([z.string(), z.array(textBlockSchema)]);

/** Fields count_tokens shares with messages. */
export const countTokensBodySchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(messageSchema).min(1, { error: "at least one message is required" }),
  system: systemSchema.optional(),
  tools: z.array(toolSchema).optional(),
  tool_choice: toolChoiceSchema.optional(),
  thinking: thinkingSchema.optional(),
});
export type CountTokensBody = z.infer<typeof countTokensBodySchema>;

export const messagesBodySchema = countTokensBodySchema.extend({
  max_tokens: z.number().int().min(1),
  stream: z.boolean().optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
  top_k: z.number().int().min(0).optional(),
  stop_sequences: z.array(z.string()).optional(),
  metadata: z.looseObject({ user_id: z.string().nullish() }).nullish(),
  service_tier: z.enum(["auto", "standard_only"]).optional(),
});
export type MessagesRequestBody = z.infer<typeof messagesBodySchema>;
