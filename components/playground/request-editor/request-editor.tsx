"use client";
// STUB: replaced by the request editor (system, messages, parameters, tools, raw JSON).
import { usePlaygroundRequest } from "@/components/playground/request-context";

export function RequestEditor() {
  const [request] = usePlaygroundRequest();
  return <pre className="text-xs">{JSON.stringify(request.body, null, 2)}</pre>;
}
