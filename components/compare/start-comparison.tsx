"use client";

import { useQueryClient } from "@tanstack/react-query";
import { buttonClass } from "@/components/ui/field-styles";
import type { ModelList } from "@/lib/anthropic/models";
import { type Comparison, startComparison } from "@/lib/compare/compare";
import { useRequestStore } from "@/lib/request/request-context";

/** "Compare": the current request against a second model, in columns. */
export function StartComparison({ onStart }: { onStart(comparison: Comparison): void }) {
  const store = useRequestStore();
  const queryClient = useQueryClient();
  return (
    <button
      type="button"
      onClick={() => {
        const models = queryClient.getQueryData<ModelList>(["models"])?.data ?? [];
        onStart(
          startComparison(
            store.get(),
            models.map((model) => model.id),
          ),
        );
      }}
      title="Run this request on several models side by side"
      className={`${buttonClass} h-8 px-2.5 text-sm`}
    >
      Compare
    </button>
  );
}
