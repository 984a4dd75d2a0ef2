import type {
  ContentBlockParam,
  TextBlockParam,
} from "@anthropic-ai/sdk/resources/messages/messages";
import { type CacheTtl, ttlOf } from "@/lib/anthropic/cache-plan";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { type EditableMessage, setBodyField } from "@/lib/request/request-edits";

/** A cache breakpoint as the form offers it: none, or one of the two TTLs ZenMux documents. */
export type CacheChoice = "off" | CacheTtl;

export function cacheChoiceOf(part: unknown): CacheChoice {
  return ttlOf(part) ?? "off";
}

/** The part with its breakpoint set or removed; 5 min is the API's default TTL, so it goes unsaid. */
export function withCacheChoice<T extends object>(part: T, choice: CacheChoice): T {
  const { cache_control: _, ...rest } = part as T & { cache_control?: unknown };
  if (choice === "off") return rest as T;
  const cache_control = choice === "1h" ? { type: "ephemeral", ttl: "1h" } : { type: "ephemeral" };
  return { ...rest, cache_control } as T;
}

const textBlock = (text: string, choice: CacheChoice): TextBlockParam =>
  withCacheChoice({ type: "text", text }, choice);

/**
 * Sets the breakpoint of the system prompt: a string becomes one text block (only blocks carry
 * `cache_control`); in a block list, `index` names the block.
 */
export function setSystemCache(
  request: PlaygroundRequest,
  index: number,
  choice: CacheChoice,
): PlaygroundRequest {
  const system = request.body.system;
  if (typeof system === "string") {
    return choice === "off"
      ? request
      : setBodyField(request, "system", [textBlock(system, choice)]);
  }
  if (!Array.isArray(system)) return request;
  return setBodyField(
    request,
    "system",
    system.map((block, i) => (i === index ? withCacheChoice(block, choice) : block)),
  );
}

/** The part of a message its text box edits: the string content, or its first text block. */
export function messageTextPart(message: EditableMessage): unknown {
  if (typeof message.content === "string") return message.content;
  return message.content.find((block) => block.type === "text");
}

/** Sets the breakpoint on a message's text; a string content becomes one text block. */
export function setMessageTextCache(
  request: PlaygroundRequest,
  index: number,
  choice: CacheChoice,
): PlaygroundRequest {
  const messages = request.body.messages as EditableMessage[];
  const next = messages.map((message, i): EditableMessage => {
    if (i !== index) return message;
    if (typeof message.content === "string")
      return choice === "off"
        ? message
        : { ...message, content: [textBlock(message.content, choice)] };
    const at = message.content.findIndex((block) => block.type === "text");
    const content = message.content.map(
      (block, b): ContentBlockParam => (b === at ? withCacheChoice(block, choice) : block),
    );
    return { ...message, content };
  });
  return { ...request, body: { ...request.body, messages: next as typeof request.body.messages } };
}
