"use client";
import { useQuery } from "@tanstack/react-query";
import { useModelFixTarget } from "@/components/model-picker/model-fix-target";
import { suggestListedModel } from "@/lib/anthropic/model-suggestion";
import { modelsQueryOptions } from "@/lib/models/models-query";
import { usePlaygroundRequest } from "@/lib/request/request-context";

const fixButtonClass =
  "h-7 shrink-0 rounded-md border border-current/30 bg-surface-raised px-2.5 text-xs font-medium hover:bg-surface-hover";

/**
 * "Did you mean `anthropic/claude-…`?" for an Anthropic-native model id (ZenMux answers those
 * with a 404), with the one click that puts the ZenMux id into the request, or into the
 * comparison column it sits in. Nothing otherwise.
 */
export function ModelFix({ model }: { model: string }) {
  const [request, setRequest] = usePlaygroundRequest();
  const target = useModelFixTarget() ?? {
    name: "The request",
    model: request.body.model,
    setModel: (id: string) =>
      setRequest((previous) => ({ ...previous, body: { ...previous.body, model: id } })),
  };
  const models = useQuery(modelsQueryOptions());
  const suggestion = suggestListedModel(
    model,
    models.data?.data.map((entry) => entry.id),
  );
  if (!suggestion) return null;
  const fixed = target.model === suggestion.id;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm">
      <p className="min-w-0">
        <code className="font-mono">{model}</code> is Anthropic&apos;s own model id; ZenMux names
        models <code className="font-mono">provider/model</code>. Did you mean{" "}
        <code className="font-mono font-semibold">{suggestion.id}</code>?
        {!suggestion.exact && " ZenMux does not list the model named; this is its family's newest."}
      </p>
      {fixed ? (
        <span role="status" className="text-xs font-medium">
          {target.name} now uses {suggestion.id}.
        </span>
      ) : (
        <button
          type="button"
          className={fixButtonClass}
          onClick={() => target.setModel(suggestion.id)}
        >
          Use {suggestion.id}
        </button>
      )}
    </div>
  );
}
