import { defaultRequest, type PlaygroundRequest } from "@/lib/anthropic/request";
import { loadDraft } from "@/lib/drafts/draft-storage";
import type { Recording } from "@/lib/run/recording";
import { parseShareFragment } from "@/lib/share/share-link";
import { browserStorage } from "@/lib/storage/stored-value";

export interface InitialRequest {
  request: PlaygroundRequest;
  /** The answer a share link carried, shown as recorded; else null. */
  sharedRecording: Recording | null;
  /** Why a share link in the address could not be used, for a notice; else null. */
  shareError: string | null;
}

/**
 * Share link in the URL fragment > this browser's saved draft > the default request. The fragment
 * is removed from the address bar once read, so a reload keeps later edits instead of the link.
 */
export async function resolveInitialRequest(): Promise<InitialRequest> {
  if (typeof window === "undefined") {
    return { request: defaultRequest(), sharedRecording: null, shareError: null };
  }
  const share = parseShareFragment(window.location.hash);
  if (share.kind !== "none") {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${search}`);
  }
  if (share.kind === "ok") {
    return { request: share.request, sharedRecording: share.recording ?? null, shareError: null };
  }
  const storage = browserStorage("local");
  const draft = storage ? await loadDraft(storage) : null;
  return {
    request: draft ?? defaultRequest(),
    sharedRecording: null,
    shareError: share.kind === "invalid" ? share.error : null,
  };
}
