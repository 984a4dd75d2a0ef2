"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useDeferredValue, useMemo, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { HighlightedCode } from "@/components/ui/highlighted-code";
import { Notice } from "@/components/ui/notice";
import { Switch } from "@/components/ui/switch";
import { ZENMUX_BASE_URL } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { elideForDisplay } from "@/lib/code/elide";
import { SNIPPET_LANGUAGES } from "@/lib/code/snippets";

const TAB_CLASS =
  "-mb-px border-b-2 border-transparent px-2.5 py-2 text-sm whitespace-nowrap text-fg-muted hover:text-fg data-[state=active]:border-accent data-[state=active]:font-medium data-[state=active]:text-fg";

/** The tab row's height: all a folded code panel keeps in view. */
export const CODE_HEADER_HEIGHT = "2.5rem";

/**
 * The request as cURL, Python, TypeScript and Claude Code, aimed at ZenMux or at this
 * playground's proxy. Snippets read the key from ZENMUX_API_KEY: no key is ever shown.
 * With `onCollapsedChange`, the tab row doubles as the panel's header and can fold the code away.
 */
export function CodePanel({
  request,
  localBaseUrl,
  collapsed = false,
  onCollapsedChange,
}: {
  request: PlaygroundRequest;
  localBaseUrl: string;
  collapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
}) {
  const [useProxy, setUseProxy] = useState(false);
  const [tab, setTab] = useState<string>("curl");
  // Typing stays responsive: snippets follow the request a render behind when React is busy.
  const deferred = useDeferredValue(request);
  const baseUrl = useProxy ? localBaseUrl : ZENMUX_BASE_URL;
  const language =
    SNIPPET_LANGUAGES.find((candidate) => candidate.id === tab) ?? SNIPPET_LANGUAGES[0];
  // The panel shows the snippet with base64 and long strings shortened; Copy makes the whole
  // one when clicked, so a large request costs no more than a small one while it is edited.
  const shown = useMemo(() => elideForDisplay(deferred), [deferred]);
  const displayed = useMemo(
    () => (collapsed ? "" : (language?.generate(shown.request, { baseUrl }) ?? "")),
    [collapsed, language, shown, baseUrl],
  );
  const wholeSnippet = () => language?.generate(deferred, { baseUrl }) ?? "";
  const cannotSend = language?.cannotSend?.(deferred);
  return (
    <section aria-label="Code" className="flex min-h-0 flex-1 flex-col">
      <Tabs.Root
        value={tab}
        onValueChange={(value) => {
          setTab(value);
          onCollapsedChange?.(false);
        }}
        className="flex min-h-0 flex-1 flex-col"
      >
        <div
          style={{ height: CODE_HEADER_HEIGHT }}
          className="flex shrink-0 items-center gap-2 border-b border-border px-3"
        >
          <h2 className="pr-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">Code</h2>
          <Tabs.List aria-label="Code language" className="flex min-w-0 overflow-x-auto">
            {SNIPPET_LANGUAGES.map((candidate) => (
              <Tabs.Trigger key={candidate.id} value={candidate.id} className={TAB_CLASS}>
                {candidate.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {onCollapsedChange && (
            <button
              type="button"
              aria-expanded={!collapsed}
              onClick={() => onCollapsedChange(!collapsed)}
              className="ml-auto inline-flex h-7 shrink-0 items-center gap-1 rounded-md px-2 text-xs text-fg-muted hover:bg-surface-muted hover:text-fg"
            >
              {collapsed ? "Show code" : "Hide code"}
              <svg
                viewBox="0 0 16 16"
                aria-hidden="true"
                className={`size-3.5 transition-transform ${collapsed ? "rotate-180" : ""}`}
                fill="none"
              >
                <path
                  d="m4 6 4 4 4-4"
                  stroke="currentColor"
                  strokeWidth="1.5"
                  strokeLinecap="round"
                />
              </svg>
            </button>
          )}
        </div>
        {!collapsed &&
          SNIPPET_LANGUAGES.map((candidate) => (
            <Tabs.Content
              key={candidate.id}
              value={candidate.id}
              className="flex min-h-0 flex-1 flex-col gap-2 px-3 pt-2 pb-3"
            >
              <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-fg-muted">
                <span className="min-w-0 flex-1 break-words">
                  {candidate.id === "claude-code"
                    ? "Run Claude Code through ZenMux. Set ZENMUX_API_KEY first."
                    : `${deferred.body.stream ? "Streaming" : "Non-streaming"} request to ${baseUrl}. Set ZENMUX_API_KEY first.`}
                  {candidate.id !== "claude-code" && shown.elided > 0 && (
                    <strong className="font-medium text-fg-soft">
                      {" "}
                      Long values are shortened here; Copy copies them whole.
                    </strong>
                  )}
                </span>
                <Switch
                  label="Local proxy"
                  title="Aim the snippets at this playground's own proxy, to try them from this machine"
                  checked={useProxy}
                  onCheckedChange={setUseProxy}
                  size="sm"
                />
                <CopyButton text={wholeSnippet} label={`Copy ${candidate.label}`} />
              </div>
              {candidate.id === language?.id && cannotSend && (
                <Notice tone="warn" as="p" role="note" className="shrink-0 text-xs">
                  {cannotSend}
                </Notice>
              )}
              <HighlightedCode
                code={displayed}
                lang={candidate.lang}
                label={`${candidate.label} snippet`}
                className="min-h-0 flex-1"
              />
            </Tabs.Content>
          ))}
      </Tabs.Root>
    </section>
  );
}
