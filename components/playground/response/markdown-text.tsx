"use client";
import { type ComponentProps, memo } from "react";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { HighlightedCode } from "@/components/ui/highlighted-code";

const components: ComponentProps<typeof ReactMarkdown>["components"] = {
  pre: ({ children }) => <>{children}</>,
  code: ({ className, children }) => {
    const lang = /language-([\w+-]+)/.exec(className ?? "")?.[1];
    const text = String(children ?? "");
    // Fenced blocks carry a language or a newline; the rest is inline code.
    if (lang || text.includes("\n"))
      return (
        <HighlightedCode
          code={text.replace(/\n$/, "")}
          lang={lang}
          label={lang ? `Code block (${lang})` : "Code block"}
          // A streaming reply grows its blocks: re-highlight when the text pauses, not every frame.
          debounceMs={120}
          className="my-2 max-h-[32rem]"
        />
      );
    return (
      <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.85em] dark:bg-zinc-800">
        {children}
      </code>
    );
  },
  a: ({ href, children }) => (
    <a
      href={href}
      target="_blank"
      rel="noreferrer noopener"
      className="text-blue-700 underline dark:text-blue-400"
    >
      {children}
    </a>
  ),
};

/** The model's text as Markdown; raw HTML in it stays text (react-markdown's safe default). */
export const MarkdownText = memo(function MarkdownText({ text }: { text: string }) {
  return (
    <div className="markdown space-y-2 text-sm leading-relaxed break-words text-zinc-900 dark:text-zinc-100 [&_h1]:text-base [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_table]:border-collapse [&_td]:border [&_td]:border-zinc-300 [&_td]:px-2 [&_th]:border [&_th]:border-zinc-300 [&_th]:px-2 [&_ul]:list-disc dark:[&_td]:border-zinc-700 dark:[&_th]:border-zinc-700 [&_blockquote]:border-l-2 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-3">
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
});
