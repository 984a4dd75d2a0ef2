"use client";

import { useState } from "react";
import { LinkPopover } from "@/components/share/link-popover";
import { Notice } from "@/components/ui/notice";
import { describeStripped } from "@/lib/media/strip-media";
import { useRequestStore } from "@/lib/request/request-context";
import type { Recording } from "@/lib/run/recording";
import { createShareLink, SHARE_ANSWER_LIMIT, type ShareLink } from "@/lib/share/share-link";

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

  const share = (answer: boolean) =>
    setLink(
      createShareLink(store.get(), window.location.href, answer && recording ? recording : null),
    );

  const left = link ? describeStripped(link.stripped) : null;
  const leftCount = link ? link.stripped.images + link.stripped.documents : 0;

  return (
    <LinkPopover
      trigger={
        <>
          <svg
            viewBox="0 0 16 16"
            className="size-3.5"
            fill="none"
            stroke="currentColor"
            aria-hidden
          >
            <path
              d="M6.5 9.5 9.5 6.5M7 4.5l1.2-1.2a2.5 2.5 0 0 1 3.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 0 1-3.5-3.5L5.5 8"
              strokeWidth="1.5"
              strokeLinecap="round"
            />
          </svg>
          Share
        </>
      }
      triggerClassName={triggerClassName}
      label="Share link"
      url={link?.url ?? null}
      onOpenChange={(open) => (open ? share(withAnswer) : setLink(null))}
      include={{
        label: "Include the answer",
        checked: withAnswer && recording !== null,
        onChange: (checked) => {
          setWithAnswer(checked);
          share(checked);
        },
        title: recording ? undefined : "Run the request first: there is no answer yet.",
      }}
    >
      {link && (
        <>
          {!recording && withAnswer && (
            <p className="text-xs text-fg-muted">
              There is no finished answer on screen to include yet.
            </p>
          )}
          {link.answer === "included" && (
            <p className="text-xs text-fg-muted">
              The link carries the answer as recorded: it opens showing it, ready to replay, with no
              key or network.
            </p>
          )}
          {link.answer === "too-large" && recording && (
            <Notice tone="warn" role="note" className="space-y-1.5 text-xs">
              <p>
                The answer is too large for a link ({kB(link.answerChars ?? 0)} encoded; links hold
                up to {kB(SHARE_ANSWER_LIMIT)}). This link has the request only. Send the run as a
                file instead.
              </p>
              <button
                type="button"
                onClick={() =>
                  void import("@/lib/share/run-file").then((file) =>
                    file.downloadRunFile(recording),
                  )
                }
                className="h-7 rounded-md border border-amber-400 bg-white px-2 font-medium hover:bg-amber-100 dark:border-amber-700 dark:bg-amber-950 dark:hover:bg-amber-900"
              >
                Export run file
              </button>
            </Notice>
          )}
          {left && (
            <p className="text-xs text-warn">
              {left} left out of the link: too large. {leftCount === 1 ? "It is" : "They are"}{" "}
              replaced by a short note in the shared request.
            </p>
          )}
          <p className="text-xs text-fg-muted">
            The link holds the whole request in its fragment (never sent to a server) and no API key
            {link.answer === "included" ? ", only the mode the run used" : ""}.
          </p>
        </>
      )}
    </LinkPopover>
  );
}
