"use client";

import * as Popover from "@radix-ui/react-popover";
import { useId, useState } from "react";
import { useRequestStore } from "@/components/playground/request-context";
import { Switch } from "@/components/ui/switch";
import type { Recording } from "@/lib/playground/recording";
import { createShareLink, SHARE_ANSWER_LIMIT, type ShareLink } from "@/lib/playground/share-link";
import { describeStripped } from "@/lib/playground/strip-media";

type CopyState = "copying" | "copied" | "failed";

const kB = (chars: number) => `${Math.ceil(chars / 1000)} kB`;

/**
 * "Share": copies a link that carries the request in its fragment, and with "Include the answer"
 * the run on screen too, as a recording.
 */
export function SharePopover({
  triggerClassName,
  recording,
}: {
  triggerClassName: string;
  /** The run on screen, once it has ended. */
  recording: Recording | null;
}) {
  const store = useRequestStore();
  const [link, setLink] = useState<ShareLink | null>(null);
  const [withAnswer, setWithAnswer] = useState(false);
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

  const share = (answer: boolean) => {
    const next = createShareLink(
      store.get(),
      window.location.href,
      answer && recording ? recording : null,
    );
    setLink(next);
    void copyLink(next.url);
  };

  const onOpenChange = (open: boolean) => {
    if (!open) return setLink(null);
    share(withAnswer);
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
          className="z-50 w-96 space-y-2 rounded-lg border border-border bg-surface-raised p-3 text-sm shadow-lg"
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
                      : "text-xs text-ok"
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
                  className="h-8 min-w-0 flex-1 rounded-md border border-border-strong bg-zinc-50 px-2 font-mono text-xs dark:bg-zinc-950"
                />
                <button
                  type="button"
                  onClick={() => void copyLink(link.url)}
                  className="h-8 rounded-md border border-border-strong px-2.5 text-xs hover:bg-surface-hover"
                >
                  Copy
                </button>
              </div>
              <Switch
                size="sm"
                label="Include the answer"
                checked={withAnswer && recording !== null}
                onCheckedChange={(checked) => {
                  setWithAnswer(checked);
                  share(checked);
                }}
                title={recording ? undefined : "Run the request first: there is no answer yet."}
              />
              {!recording && withAnswer && (
                <p className="text-xs text-fg-muted">
                  There is no finished answer on screen to include yet.
                </p>
              )}
              {link.answer === "included" && (
                <p className="text-xs text-fg-muted">
                  The link carries the answer as recorded: it opens showing it, ready to replay,
                  with no key or network.
                </p>
              )}
              {link.answer === "too-large" && recording && (
                <div
                  role="note"
                  className="space-y-1.5 rounded-md border border-warn-border bg-warn-surface p-2 text-xs text-warn-strong"
                >
                  <p>
                    The answer is too large for a link ({kB(link.answerChars ?? 0)} encoded; links
                    hold up to {kB(SHARE_ANSWER_LIMIT)}). This link has the request only. Send the
                    run as a file instead.
                  </p>
                  <button
                    type="button"
                    onClick={() =>
                      void import("@/lib/playground/run-file").then((file) =>
                        file.downloadRunFile(recording),
                      )
                    }
                    className="h-7 rounded-md border border-amber-400 bg-white px-2 font-medium hover:bg-amber-100 dark:border-amber-700 dark:bg-amber-950 dark:hover:bg-amber-900"
                  >
                    Export run file
                  </button>
                </div>
              )}
              {left && (
                <p className="text-xs text-warn">
                  {left} left out of the link: too large. {leftCount === 1 ? "It is" : "They are"}{" "}
                  replaced by a short note in the shared request.
                </p>
              )}
              <p className="text-xs text-fg-muted">
                The link holds the whole request in its fragment (never sent to a server) and no API
                key{link.answer === "included" ? ", only the mode the run used" : ""}.
              </p>
            </>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
