"use client";

import { useQuery } from "@tanstack/react-query";
import { type ComponentProps, memo, useId, useMemo, useRef, useState } from "react";
import { ModelIdNote } from "@/components/model-picker/model-id-note.lazy";
import { ModelPickerPopup } from "@/components/model-picker/model-picker-popup.lazy";
import { ReasoningBadge } from "@/components/model-picker/reasoning-badge";
import { baseModelId } from "@/lib/anthropic/model-ids";
import { formatContext, formatPrice } from "@/lib/models/model-summary";
import { modelsQueryOptions } from "@/lib/models/models-query";
import { rememberRecentModel } from "@/lib/models/recent-models";
import { useDeferredRequest, useRequestPart, useRequestStore } from "@/lib/request/request-context";
import { browserStorage } from "@/lib/storage/stored-value";

/** A searchable, keyboard-driven combobox over ZenMux's catalog; any typed id is accepted too. */
export const ModelPicker = memo(function ModelPicker() {
  // Only the model: typing in a message passes the picker by.
  const current = useRequestPart((request) => request.body.model);
  const setRequest = useRequestStore().set;
  const [open, setOpen] = useState(false);
  const models = useQuery(modelsQueryOptions());
  const valueId = useId();
  const popupId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  // Once opened, the popup stays mounted (closed) so that it can animate and restore focus.
  const [wanted, setWanted] = useState(false);

  const catalog = models.data?.data ?? [];
  const byId = useMemo(() => new Map(catalog.map((model) => [model.id, model])), [catalog]);
  const currentInfo = byId.get(current) ?? byId.get(baseModelId(current));

  const choose = (id: string) => {
    const model = id.trim();
    if (!model) return;
    setRequest((previous) =>
      previous.body.model === model ? previous : { ...previous, body: { ...previous.body, model } },
    );
    // Where storage is unavailable the choice still applies, unremembered.
    const storage = browserStorage("local");
    if (storage) rememberRecentModel(storage, model);
    setOpen(false);
  };

  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <span aria-hidden className="text-xs font-medium text-fg-muted">
        Model
      </span>
      <button
        ref={trigger}
        type="button"
        aria-label="Model"
        aria-describedby={valueId}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        onPointerEnter={() => void ModelPickerPopup.preload()}
        onFocus={() => void ModelPickerPopup.preload()}
        onClick={() => {
          setWanted(true);
          setOpen((was) => !was);
        }}
        className="inline-flex h-8 min-w-0 max-w-full items-center gap-2 rounded-md border border-border-strong bg-surface-raised px-2.5 text-sm hover:border-zinc-400 dark:hover:border-zinc-600"
      >
        <span id={valueId} className="truncate font-mono text-code">
          {current || "Choose a model"}
        </span>
        {currentInfo?.capabilities?.reasoning && <ReasoningBadge />}
        <svg viewBox="0 0 16 16" className="size-3.5 shrink-0 opacity-60" fill="none" aria-hidden>
          <path d="m4 6 4 4 4-4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
      </button>
      {currentInfo && (
        <span className="hidden truncate text-xs text-fg-muted xl:inline">
          {[formatContext(currentInfo.context_length), formatPrice(currentInfo)]
            .filter(Boolean)
            .join(" · ")}
        </span>
      )}
      {wanted && (
        <PopupWithBody
          id={popupId}
          anchor={trigger}
          open={open}
          onOpenChange={setOpen}
          current={current}
          models={models}
          byId={byId}
          onChoose={choose}
        />
      )}
      <ModelIdNote />
    </div>
  );
});

type PopupProps = Omit<ComponentProps<typeof ModelPickerPopup>, "body">;

/** The list marks what each model drops from the request: it follows the request, after typing. */
function PopupWithBody(props: PopupProps) {
  const { body } = useDeferredRequest();
  return <ModelPickerPopup {...props} body={body} />;
}
