"use client";
import { ModelFix } from "@/components/model-picker/model-fix";
import { keyKindOf, rateLimitHint } from "@/lib/anthropic/key-kind";
import type { RunMode } from "@/lib/keys/run-mode";
import { useUserKey } from "@/lib/keys/use-user-key";
import type { RunError } from "@/lib/run/recorder";

/**
 * What ZenMux's rules say about an error: the ZenMux id for an Anthropic-native one after a 404,
 * and why a subscription key met a 429. Loaded with the first error, not with the page.
 */
export function ErrorAdvice({
  error,
  model,
  mode,
}: {
  error: RunError;
  model: string;
  mode: RunMode;
}) {
  return (
    <>
      {error.status === 404 && (
        <div className="mt-2">
          <ModelFix model={model} />
        </div>
      )}
      {error.status === 429 && mode === "own-key" && <SubscriptionLimit />}
    </>
  );
}

function SubscriptionLimit() {
  const key = useUserKey();
  const hint = key ? rateLimitHint(keyKindOf(key)) : undefined;
  if (!hint) return null;
  return (
    <p role="note" aria-label="Subscription key limit" className="mt-2 text-sm">
      {hint} Subscription keys are for trying things out, not for production.
    </p>
  );
}
