import { parseBetas } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { checkRequestBody } from "@/lib/request/parse-request";
import { ImportError } from "./tokens";

/**
 * Turns an imported body into the playground's request, checking the fields views rely on, as
 * every other way into the store does. The rest is the API's to judge.
 */
export function toRequest(body: unknown, betas: readonly string[]): PlaygroundRequest {
  const checked = checkRequestBody(body);
  // describeError adds the final full stop.
  if (!checked.ok) throw new ImportError(checked.problem.replace(/\.$/, ""));
  return { body: checked.body, betas: [...betas] };
}

/** The betas in a headers object (`anthropic-beta`, any case); other headers, keys included, are dropped. */
export function betasFromHeaders(headers: Record<string, unknown>, line?: number): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== "anthropic-beta") continue;
    if (typeof value !== "string")
      throw new ImportError("the `anthropic-beta` header is not a string", line);
    values.push(value);
  }
  return parseBetas(values);
}
