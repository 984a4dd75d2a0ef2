"use client";

import * as Popover from "@radix-ui/react-popover";
import { type ReactNode, useEffect, useId, useState } from "react";
import { Switch } from "@/components/ui/switch";

type CopyState = "copying" | "copied" | "failed";

export interface LinkPopoverProps {
  /** The trigger's content and class. */
  trigger: ReactNode;
  triggerClassName: string;
  /** Names the popover and its link field: "Share link". */
  label: string;
  /** The link on show; null keeps the popover closed. */
  url: string | null;
  /** Opening makes the link (and copies it); closing drops it. */
  onOpenChange(open: boolean): void;
  /** The switch that puts the answers in the link, or leaves them out. */
  include: { label: string; checked: boolean; onChange(checked: boolean): void; title?: string };
  /** Notes under the switch: what the link carries, and what it had to leave out. */
  children: ReactNode;
}

/**
 * A popover that shows a link the moment it is made, copies it (and says whether that worked),
 * offers to copy it again, and switches the answers in or out of it.
 */
export function LinkPopover({
  trigger,
  triggerClassName,
  label,
  url,
  onOpenChange,
  include,
  children,
}: LinkPopoverProps) {
  const [copy, setCopy] = useState<CopyState>("copying");
  const inputId = useId();

  const copyLink = async (text: string) => {
    setCopy("copying");
    try {
      await navigator.clipboard.writeText(text);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  // Every new link is copied: opening the popover or flipping the switch makes one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: copyLink only sets this component's state.
  useEffect(() => {
    if (url) void copyLink(url);
  }, [url]);

  return (
    <Popover.Root open={url !== null} onOpenChange={onOpenChange}>
      <Popover.Trigger className={triggerClassName}>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label={label}
          className="z-50 w-96 space-y-2 rounded-lg border border-border bg-surface-raised p-3 text-sm shadow-lg"
        >
          {url && (
            <>
              <div className="flex items-center justify-between">
                <label htmlFor={inputId} className="font-medium">
                  {label}
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
                  value={url}
                  onFocus={(event) => event.currentTarget.select()}
                  className="h-8 min-w-0 flex-1 rounded-md border border-border-strong bg-zinc-50 px-2 font-mono text-xs dark:bg-zinc-950"
                />
                <button
                  type="button"
                  onClick={() => void copyLink(url)}
                  className="h-8 rounded-md border border-border-strong px-2.5 text-xs hover:bg-surface-hover"
                >
                  Copy
                </button>
              </div>
              <Switch
                size="sm"
                label={include.label}
                checked={include.checked}
                onCheckedChange={include.onChange}
                title={include.title}
              />
              {children}
            </>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
