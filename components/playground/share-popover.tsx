"use client";

import * as Popover from "@radix-ui/react-popover";
import { useId, useState } from "react";
import { useRequestStore } from "@/components/playground/request-context";
import { createShareLink, type ShareLink } from "@/lib/playground/share-link";
import { describeStripped } from "@/lib/playground/strip-media";

type CopyState = "copying" | "copied" | "failed";

/** "Share": copies a link that carries the request in its fragment, and shows it. */
export function SharePopover({ triggerClassName }: { triggerClassName: string }) {
  const store = useRequestStore();
  const [link, setLink] = useState<ShareLink | null>(null);
  const [copy, setCopy] = useState<CopyState>("copying");
  const inputId = useId();

  const copyLink = async (url: string) => {
    setCopy("copying");
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  const onOpenChange = (open: boolean) => {
    if (!open) return setLink(null);
    const next = createShareLink(store.get(), window.location.href);
    setLink(next);
    void copyLink(next.url);
  };

  const left = link ? describeStripped(link.stripped) : null;
  const leftCount = link ? link.stripped.images + link.stripped.documents : 0;

  return (
    <Popover.Root open={link !== null} onOpenChange={onOpenChange}>
      <Popover.Trigger className={triggerClassName}>
        <svg viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" aria-hidden>
          <path
            d="M6.5 9.5 9.5 6.5M7 4.5l1.2-1.2a2.5 2.5 0 0 1 3.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 0 1-3.5-3.5L5.5 8"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
        Share
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label="Share link"
          className="z-50 w-96 space-y-2 rounded-lg border border-zinc-200 bg-white p-3 text-sm shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          {link && (
            <>
              <div className="flex items-center justify-between">
                <label htmlFor={inputId} className="font-medium">
                  Share link
                </label>
                <span
                  role="status"
                  className={
                    copy === "failed"
                      ? "text-xs text-amber-700 dark:text-amber-400"
                      : "text-xs text-emerald-700 dark:text-emerald-400"
                  }
                >
                  {copy === "copied" ? "Copied" : copy === "failed" ? "Copy it yourself" : ""}
                </span>
              </div>
              <div className="flex gap-2">
                <input
                  id={inputId}
                  readOnly
                  value={link.url}
                  onFocus={(event) => event.currentTarget.select()}
                  className="h-8 min-w-0 flex-1 rounded-md border border-zinc-300 bg-zinc-50 px-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
                />
                <button
                  type="button"
                  onClick={() => void copyLink(link.url)}
                  className="h-8 rounded-md border border-zinc-300 px-2.5 text-xs hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
                >
                  Copy
                </button>
              </div>
              {left && (
                <p className="text-xs text-amber-800 dark:text-amber-300">
                  {left} left out of the link: too large. {leftCount === 1 ? "It is" : "They are"}{" "}
                  replaced by a short note in the shared request.
                </p>
              )}
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                The link holds the whole request in its fragment (never sent to a server) and no API
                key.
              </p>
            </>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
