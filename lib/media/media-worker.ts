import { type PreparedMedia, prepareMedia, readMedia } from "@/lib/media/media-work";

/** Runs media-work.ts in a Web Worker; media-jobs.ts is its client. */
export type MediaRequest = { kind: "prepare"; data: string } | { kind: "read"; blob: Blob };
export type MediaJob = MediaRequest & { id: number };

export type MediaAnswer =
  | { id: number; prepared: PreparedMedia }
  | { id: number; text: string }
  | { id: number; error: string };

// The project's types are the DOM's; a worker's global needs only these two members here.
const scope = self as unknown as {
  postMessage(message: MediaAnswer): void;
  onmessage: ((event: MessageEvent<MediaJob>) => void) | null;
};

scope.onmessage = async ({ data: job }) => {
  try {
    scope.postMessage(
      job.kind === "prepare"
        ? { id: job.id, prepared: await prepareMedia(job.data) }
        : { id: job.id, text: await readMedia(job.blob) },
    );
  } catch (error) {
    scope.postMessage({
      id: job.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
