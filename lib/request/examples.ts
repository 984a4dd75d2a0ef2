/**
 * The first run's example requests: each one shows off something the playground does, and each
 * works in demo mode (the emulator answers code, tools, thinking and images in kind). Loaded when
 * an example is clicked, not with the page.
 */
import { DEFAULT_MODEL, type PlaygroundRequest } from "@/lib/anthropic/request";
import { type Comparison, newColumn } from "@/lib/compare/compare";
import type { ExampleId } from "@/lib/request/example-ids";

/** A sunset over the sea, 64×40 PNG: small enough to read in a share link. */
const SUNSET_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAoCAIAAADBrGu+AAAAtElEQVR42u3VvQ2AIBAF4JvEmtoJHIshrK2pHYI1bByCxsbKgoRCLI7fcOYlr/JMuI+DQKt1okMAAAAAAAAAAAAABQB7XKIDQG5uo0QCbqPiyAB8tl7OoEG6zzYAUK/7PAMAvwckdZ9hkD+BadE+ej9DwscqJbfN/KSuRa+fxKUTgLn94wIaTqDRuY9LzNOfuhbuQL1rMDqgxwTaPQW+xNz+pLVwBwCo9g50eApalHCEACjMAxiq7D6J9iNdAAAAAElFTkSuQmCC";

const request = (body: Partial<PlaygroundRequest["body"]>): PlaygroundRequest => ({
  body: { model: DEFAULT_MODEL, max_tokens: 1024, stream: true, messages: [], ...body },
  betas: [],
});

export interface Example {
  request: PlaygroundRequest;
  /** Set when the example is a comparison: the columns it opens with. */
  comparison?: Comparison;
}

export function example(id: ExampleId): Example {
  switch (id) {
    case "markdown":
      return {
        request: request({
          messages: [
            {
              role: "user",
              content:
                "Write a TypeScript function that trims a list of names and drops the empty ones, then explain it in two sentences.",
            },
          ],
        }),
      };
    case "tool":
      return {
        request: request({
          tools: [
            {
              name: "get_weather",
              description: "The current weather for a city.",
              input_schema: {
                type: "object",
                properties: { city: { type: "string", description: "The city's name" } },
                required: ["city"],
              },
            },
          ],
          messages: [{ role: "user", content: "What's the weather in Lisbon right now?" }],
        }),
      };
    case "thinking":
      return {
        request: request({
          max_tokens: 2048,
          thinking: { type: "enabled", budget_tokens: 1024 },
          messages: [
            {
              role: "user",
              content:
                "A train leaves at 9:40 and arrives at 13:15. How long is the trip? Check your work.",
            },
          ],
        }),
      };
    case "image":
      return {
        request: request({
          messages: [
            {
              role: "user",
              content: [
                {
                  type: "image",
                  source: { type: "base64", media_type: "image/png", data: SUNSET_PNG },
                },
                { type: "text", text: "Describe this picture in one short paragraph." },
              ],
            },
          ],
        }),
      };
    case "compare":
      return {
        request: request({
          messages: [
            { role: "user", content: "Explain what a race condition is, in three sentences." },
          ],
        }),
        comparison: { columns: [newColumn(DEFAULT_MODEL), newColumn("openai/gpt-5-mini")] },
      };
  }
}
