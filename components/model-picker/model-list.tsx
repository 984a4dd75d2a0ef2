"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { Command } from "cmdk";
import { useState } from "react";
import { ReasoningBadge } from "@/components/model-picker/reasoning-badge";
import {
  baseModelId,
  classifyModelId,
  fieldsDroppedFrom,
  providerOf,
} from "@/lib/anthropic/model-ids";
import type { ModelList as Catalog, ModelInfo } from "@/lib/anthropic/models";
import { formatContext, formatPrice } from "@/lib/models/model-summary";
import { loadRecentModels } from "@/lib/models/recent-models";
import { browserStorage } from "@/lib/storage/stored-value";

/** Every whitespace-separated term must appear in the id or the display name. */
function matches(model: ModelInfo, terms: string[]): boolean {
  const haystack = `${model.id} ${model.display_name ?? ""}`.toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

function readRecent(): string[] {
  const storage = browserStorage("local");
  return storage ? loadRecentModels(storage) : [];
}

/** The model picker's searchable list: recent models, the catalog by provider, any typed id. */
export function ModelList({
  current,
  models,
  byId,
  onChoose,
  body = {},
}: {
  current: string;
  models: UseQueryResult<Catalog>;
  byId: ReadonlyMap<string, ModelInfo>;
  onChoose: (id: string) => void;
  /** The request's body: which of its fields each model would lose to protocol conversion. */
  body?: Readonly<object>;
}) {
  // Mounted each time the picker opens, so the search starts empty and recent models are fresh.
  const [search, setSearch] = useState("");
  const [recent] = useState<string[]>(readRecent);
  const catalog = models.data?.data ?? [];
  const choose = onChoose;

  const typed = search.trim();
  const terms = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const filtered = catalog.filter((model) => matches(model, terms));
  const recentShown = recent.filter((id) => {
    const info = byId.get(id) ?? byId.get(baseModelId(id));
    return terms.every((term) => `${id} ${info?.display_name ?? ""}`.toLowerCase().includes(term));
  });
  const groups = new Map<string, ModelInfo[]>();
  for (const model of filtered) {
    const provider = providerOf(model.id);
    groups.set(provider, [...(groups.get(provider) ?? []), model]);
  }
  const exact = typed !== "" && (byId.has(typed) || recent.includes(typed));
  const dropped = (id: string) => fieldsDroppedFrom(body as Readonly<Record<string, unknown>>, id);

  return (
    <Command label="Search models" shouldFilter={false} loop>
      <div className="flex items-center gap-2 border-b border-border px-3 focus-within:border-focus">
        <svg viewBox="0 0 16 16" className="size-4 shrink-0 text-fg-subtle" fill="none" aria-hidden>
          <circle cx="7" cy="7" r="4.5" stroke="currentColor" strokeWidth="1.5" />
          <path d="m10.5 10.5 3 3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <Command.Input
          value={search}
          onValueChange={setSearch}
          placeholder="Search by id or name, or type any model id…"
          className="h-10 w-full bg-transparent text-sm outline-none placeholder:text-zinc-500 focus-visible:outline-none!"
        />
      </div>
      <Command.List label="Models" className="max-h-[min(24rem,60vh)] overflow-y-auto p-1">
        {models.isPending && (
          <Command.Loading label="Loading models">
            <p className="px-3 py-2 text-sm text-fg-muted">Loading models…</p>
          </Command.Loading>
        )}
        {models.isError && (
          <div className="flex items-center justify-between gap-2 px-3 py-2 text-sm text-danger">
            <span>Could not load models: {models.error.message}</span>
            <button
              type="button"
              onClick={() => void models.refetch()}
              className="h-7 shrink-0 rounded-md border border-border-strong px-2 text-xs text-fg-soft hover:bg-surface-hover"
            >
              Retry
            </button>
          </div>
        )}
        {recentShown.length > 0 && (
          <Command.Group heading="Recent" className={GROUP}>
            {recentShown.map((id) => (
              <ModelItem
                key={`recent:${id}`}
                value={`recent:${id}`}
                id={id}
                info={byId.get(id) ?? byId.get(baseModelId(id))}
                selected={id === current}
                dropped={dropped(id)}
                onSelect={choose}
              />
            ))}
          </Command.Group>
        )}
        {[...groups].map(([provider, items]) => (
          <Command.Group key={provider} heading={provider} className={GROUP}>
            {items.map((model) => (
              <ModelItem
                key={model.id}
                value={model.id}
                id={model.id}
                info={model}
                selected={model.id === current}
                dropped={dropped(model.id)}
                onSelect={choose}
              />
            ))}
          </Command.Group>
        ))}
        {typed && !exact && (
          <Command.Group heading="Custom" className={GROUP}>
            <CustomItems typed={typed} onChoose={choose} />
          </Command.Group>
        )}
        {!models.isPending && !typed && catalog.length === 0 && !models.isError && (
          <p className="px-3 py-2 text-sm text-fg-muted">The catalog is empty: type a model id.</p>
        )}
      </Command.List>
      <p className="border-t border-border px-3 py-1.5 text-2xs text-fg-muted">
        ↑↓ to move · Enter to choose · prices per million input / output tokens · add{" "}
        <code className="font-mono">:provider</code> to pin a provider
      </p>
    </Command>
  );
}

const GROUP =
  "[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-2xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:tracking-wide [&_[cmdk-group-heading]]:text-fg-muted [&_[cmdk-group-heading]]:uppercase";

const ITEM =
  "flex cursor-pointer items-center gap-3 rounded-md px-2 py-1.5 text-sm data-[selected=true]:bg-surface-muted";

/** A typed id, read as ZenMux reads it: an alias resolved, a provider pinned, a native id fixed. */
function CustomItems({ typed, onChoose }: { typed: string; onChoose: (id: string) => void }) {
  const kind = classifyModelId(typed);
  const reading =
    kind.kind === "alias"
      ? `alias of ${kind.resolvesTo}`
      : kind.kind === "zenmux" && kind.pinnedProvider
        ? `${kind.base} via ${kind.pinnedProvider}`
        : kind.kind === "anthropic-native"
          ? "Anthropic's own id: ZenMux answers 404"
          : null;
  return (
    <>
      {kind.kind === "anthropic-native" && (
        <Command.Item
          value={`suggested:${kind.suggestion}`}
          onSelect={() => onChoose(kind.suggestion)}
          className={ITEM}
        >
          <span className="truncate">
            Did you mean “<span className="font-mono">{kind.suggestion}</span>”?
          </span>
        </Command.Item>
      )}
      <Command.Item value={`custom:${typed}`} onSelect={() => onChoose(typed)} className={ITEM}>
        <span className="truncate">
          Use “<span className="font-mono">{typed}</span>”
        </span>
        {reading && <span className="ml-auto shrink-0 text-xs text-fg-muted">{reading}</span>}
      </Command.Item>
    </>
  );
}

function ModelItem({
  value,
  id,
  info,
  selected,
  dropped,
  onSelect,
}: {
  value: string;
  id: string;
  info: ModelInfo | undefined;
  selected: boolean;
  /** Fields of the request this model would lose to protocol conversion. */
  dropped: readonly string[];
  onSelect: (id: string) => void;
}) {
  const context = formatContext(info?.context_length);
  const price = info ? formatPrice(info) : null;
  const name = info?.display_name?.replace(/^[^:]+:\s*/, "");
  return (
    <Command.Item value={value} onSelect={() => onSelect(id)} className={ITEM}>
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-1.5">
          <span className="truncate font-mono text-code">{id}</span>
          {selected && (
            <svg viewBox="0 0 16 16" className="size-3.5 shrink-0 text-accent" fill="none">
              <title>current model</title>
              <path
                d="m3.5 8.5 3 3 6-7"
                stroke="currentColor"
                strokeWidth="1.75"
                strokeLinecap="round"
              />
            </svg>
          )}
        </div>
        <div className="flex min-w-0 items-center gap-1.5 text-xs text-fg-muted">
          {name && <span className="truncate">{name}</span>}
          {info?.capabilities?.reasoning && <ReasoningBadge />}
          <Modalities modalities={info?.input_modalities} />
          {dropped.length > 0 && (
            <span
              title="Protocol conversion for this non-Anthropic model drops these fields of your request"
              className="shrink-0 rounded bg-warn-surface px-1.5 py-px text-2xs font-medium text-warn-strong"
            >
              drops {dropped.join(", ")}
            </span>
          )}
        </div>
      </div>
      <div className="flex shrink-0 items-center gap-2 text-xs text-fg-muted tabular-nums">
        {context && <span className="w-16 text-right">{context}</span>}
        {price && (
          <span className="w-24 text-right" title="USD per million input / output tokens">
            {price}
          </span>
        )}
      </div>
    </Command.Item>
  );
}

const MODALITY_SHORT: Record<string, string> = {
  text: "T",
  image: "img",
  file: "file",
  audio: "aud",
  video: "vid",
};

function Modalities({ modalities }: { modalities: string[] | undefined }) {
  if (!modalities?.length) return null;
  return (
    <span className="flex gap-0.5" title={`Input: ${modalities.join(", ")}`}>
      <span className="sr-only">Input: {modalities.join(", ")}</span>
      {modalities.map((modality) => (
        <span
          key={modality}
          aria-hidden
          className="rounded border border-zinc-200 px-1 text-2xs leading-4 text-fg-muted dark:border-zinc-700"
        >
          {MODALITY_SHORT[modality] ?? modality}
        </span>
      ))}
    </span>
  );
}
