"use client";
// STUB: replaced by the searchable, keyboard-driven model combobox.
import { usePlaygroundRequest } from "@/components/playground/request-context";

export function ModelPicker() {
  const [request] = usePlaygroundRequest();
  return <span>{request.body.model}</span>;
}
