import type { PlaygroundRequest } from "@/lib/anthropic/request";

/** A fresh conversation with the same model and settings: one empty user message to write. */
export function newConversation(request: PlaygroundRequest): PlaygroundRequest {
  return { ...request, body: { ...request.body, messages: [{ role: "user", content: "" }] } };
}
