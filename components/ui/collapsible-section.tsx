"use client";

import { type ReactNode, useId, useState } from "react";

/** A titled section whose body can be folded away, to keep long forms calm. */
export function CollapsibleSection({
  title,
  summary,
  defaultOpen = true,
  children,
}: {
  title: string;
  /** A short hint shown next to the title (e.g. a count), also while folded. */
  summary?: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section aria-label={title} className="border-b border-border">
      <h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
          className="flex w-full items-center gap-2 px-3 py-2 text-left text-xs font-semibold tracking-wide text-fg-secondary uppercase hover:bg-surface-sunken"
        >
          <span
            aria-hidden="true"
            className={`text-zinc-400 transition-transform ${open ? "rotate-90" : ""}`}
          >
            ›
          </span>
          {title}
          {summary !== undefined && (
            <span className="font-normal tracking-normal text-fg-subtle normal-case">
              {summary}
            </span>
          )}
        </button>
      </h2>
      <div id={bodyId} hidden={!open} className="px-3 pb-3">
        {children}
      </div>
    </section>
  );
}
