"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef } from "react";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import {
  countInputTokens,
  countTokensBody,
  estimatedTokenCount,
  NO_UPSTREAM_COUNTER,
} from "@/lib/cost/token-count";
import { useUserKey } from "@/lib/keys/use-user-key";
import { userKeyHeaders } from "@/lib/keys/user-key";
import { withMediaIdentities } from "@/lib/media/large-media";

/** Long enough that a typist's pauses between words do not each send a count. */
const COUNT_DELAY_MS = 400;

/**
 * The request's input tokens, counted once typing pauses. A changed request drops the query that
 * was in flight (TanStack Query aborts its signal), and the last count stays on screen meanwhile.
 */
export function useTokenCount(request: PlaygroundRequest) {
  const settled = useDebouncedValue(request, COUNT_DELAY_MS);
  const withKey = useUserKey() !== null;
  // Once an upstream has answered 404, asking again only spends requests (a server key's
  // per-minute limit counts them): estimate locally for the rest of the visit.
  const withoutCounter = useRef(new Set<boolean>());
  const query = useQuery({
    // Whether a key is set decides who counts (ZenMux or the emulator); the key stays out of it.
    // Attachments are named, not carried: the key is hashed on every render.
    queryKey: [
      "count_tokens",
      withKey,
      settled.betas,
      withMediaIdentities(countTokensBody(settled)),
    ],
    queryFn: async ({ signal }) => {
      if (withoutCounter.current.has(withKey))
        return estimatedTokenCount(settled, NO_UPSTREAM_COUNTER);
      const count = await countInputTokens(settled, { keyHeaders: userKeyHeaders(), signal });
      if (count.why === NO_UPSTREAM_COUNTER) withoutCounter.current.add(withKey);
      return count;
    },
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    retry: false,
  });
  return {
    count: query.data,
    /** The request changed since the count on screen was made. */
    stale: settled !== request || query.isFetching,
    counted: settled,
  };
}
