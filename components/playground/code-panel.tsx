"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useDeferredValue, useMemo, useState } from "react";
import { Switch } from "@/components/ui/switch";
import { ZENMUX_BASE_URL } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { SNIPPET_LANGUAGES } from "@/lib/codegen/snippets";
import { CopyButton } from "./code/copy-button";
import { HighlightedCode } from "./code/highlighted-code";

const TAB_CLASS =
  "rounded-t-md border-b-2 border-transparent px-3 py-1.5 text-sm text-zinc-600 hover:text-zinc-900 data-[state=active]:border-indigo-600 data-[state=active]:font-medium data-[state=active]:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100 dark:data-[state=active]:text-zinc-100";

/**
 * The request as cURL, Python, TypeScript and Claude Code, aimed at ZenMux or at this
 * playground's proxy. Snippets read the key from ZENMUX_API_KEY: no key is ever shown.
 */
export function CodePanel({
  request,
  localBaseUrl,
}: {
  request: PlaygroundRequest;
  localBaseUrl: string;
}) {
  const [useProxy, setUseProxy] = useState(false);
  const [tab, setTab] = useState<string>("curl");
  // Typing stays responsive: snippets follow the request a render behind when React is busy.
  const deferred = useDeferredValue(request);
  const baseUrl = useProxy ? localBaseUrl : ZENMUX_BASE_URL;
  const language =
    SNIPPET_LANGUAGES.find((candidate) => candidate.id === tab) ?? SNIPPET_LANGUAGES[0];
  const snippet = useMemo(
    () => language?.generate(deferred, { baseUrl }) ?? "",
    [language, deferred, baseUrl],
  );
  return (
    <section aria-label="Code" className="flex flex-col gap-2">
      <Tabs.Root value={tab} onValueChange={setTab}>
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 dark:border-zinc-800">
          <Tabs.List aria-label="Code language" className="flex">
            {SNIPPET_LANGUAGES.map((candidate) => (
              <Tabs.Trigger key={candidate.id} value={candidate.id} className={TAB_CLASS}>
                {candidate.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Switch
            label="Target this playground's proxy"
            checked={useProxy}
            onCheckedChange={setUseProxy}
          />
        </div>
        {SNIPPET_LANGUAGES.map((candidate) => (
          <Tabs.Content
            key={candidate.id}
            value={candidate.id}
            className="flex flex-col gap-2 pt-2"
          >
            <div className="flex items-center justify-between gap-2 text-xs text-zinc-600 dark:text-zinc-400">
              <span>
                {candidate.id === "claude-code"
                  ? "Run Claude Code through ZenMux. Set ZENMUX_API_KEY first."
                  : `${deferred.body.stream ? "Streaming" : "Non-streaming"} request to ${baseUrl}. Set ZENMUX_API_KEY first.`}
              </span>
              <CopyButton text={snippet} what={candidate.label} />
            </div>
            <HighlightedCode
              code={snippet}
              lang={candidate.lang}
              label={`${candidate.label} snippet`}
            />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </section>
  );
}
