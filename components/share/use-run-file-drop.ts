"use client";
import { type DragEvent, useState } from "react";
import type { Recording } from "@/lib/run/recording";

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");

/** Drag and drop of a run file onto the page: opens it, or says why it could not. */
export function useRunFileDrop(
  onRecording: (recording: Recording) => void,
  onError: (message: string) => void,
) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      setDragging(true);
    },
    onDragLeave(event: DragEvent) {
      // Leaving for a child is not leaving the page.
      if (
        event.relatedTarget === null ||
        !event.currentTarget.contains(event.relatedTarget as Node)
      )
        setDragging(false);
    },
    async onDrop(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (!file) return;
      const { parseRunFile } = await import("@/lib/share/run-file");
      const result = parseRunFile(await file.text());
      if (result.ok) onRecording(result.recording);
      else onError(`${file.name} could not be opened. ${result.error}`);
    },
  };
  return { dragging, handlers };
}
