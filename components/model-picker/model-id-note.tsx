"use client";
import { ModelFix } from "@/components/model-picker/model-fix";
import { Notice } from "@/components/ui/notice";
import { classifyModelId, fieldsDroppedFrom } from "@/lib/anthropic/model-ids";
import { useDeferredRequest } from "@/lib/request/request-context";

/**
 * Under the model picker: how ZenMux reads the chosen id (an alias resolved, a provider pinned,
 * an Anthropic-native id it will not know) and which of the request's fields protocol conversion
 * will drop for it. Loaded after the first screen; empty for a plain ZenMux id.
 */
export function ModelIdNote() {
  // Follows typing rather than re-rendering in each keystroke's frame.
  const request = useDeferredRequest();
  const model = request.body.model.trim();
  if (!model) return null;
  const kind = classifyModelId(model);
  const dropped = fieldsDroppedFrom(
    request.body as unknown as Readonly<Record<string, unknown>>,
    model,
  );
  const reading =
    kind.kind === "alias" ? (
      <>
        An alias: ZenMux runs <code className="font-mono">{kind.resolvesTo}</code>.
      </>
    ) : kind.kind === "zenmux" && kind.pinnedProvider ? (
      <>
        <code className="font-mono">{kind.base}</code>, pinned to the provider{" "}
        <code className="font-mono">{kind.pinnedProvider}</code>.
      </>
    ) : null;
  if (!reading && dropped.length === 0 && kind.kind !== "anthropic-native") return null;
  return (
    <section
      aria-label="How ZenMux reads this model"
      className="basis-full space-y-1 text-xs text-fg-secondary"
    >
      {reading && <p>{reading}</p>}
      {kind.kind === "anthropic-native" && (
        <Notice tone="warn">
          <ModelFix model={model} />
        </Notice>
      )}
      {dropped.length > 0 && (
        <Notice tone="warn" as="p">
          Not an Anthropic model: ZenMux converts the request and drops{" "}
          {dropped.map((field, i) => (
            <span key={field}>
              {i > 0 && " and "}
              <code className="font-mono">{field}</code>
            </span>
          ))}
          , so {dropped.length === 1 ? "it has" : "they have"} no effect here.
        </Notice>
      )}
    </section>
  );
}
