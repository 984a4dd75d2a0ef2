// STUB: replaced by share-link > saved draft > default.
import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";

export function initialRequest(): PlaygroundRequest {
  return defaultRequest();
}
