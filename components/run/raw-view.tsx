"use client";
import { memo, useMemo, useRef } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { VirtualList } from "@/components/ui/virtual-list";
import { indexLines, type LineIndex, lineAt, lineCount } from "@/lib/markdown/line-index";
import type { RunSnapshot } from "@/lib/run/recorder";

const BODY_CLASS =
  "rounded-md border border-border bg-surface-sunken p-2 font-mono whitespace-pre-wrap break-all";

/** A line keeps its newline, so the text of the rendered lines is the body itself. */
const RawLine = memo(function RawLine({ text }: { text: string }) {
  return <>{text}</>;
});

/** The body by lines: only the lines in view render once it is long, and appending renders only new ones. */
function RawBody({ raw }: { raw: string }) {
  const index = useRef<LineIndex | null>(null);
  const lines = useMemo(() => {
    index.current = indexLines(index.current, raw);
    return index.current;
  }, [raw]);
  return (
    <VirtualList
      as="div"
      testId="raw-body"
      count={lineCount(lines)}
      estimateSize={16}
      virtualizeOver={1_500}
      scrollClassName="max-h-[28rem]"
      renderRow={(i) => <RawLine text={lineAt(lines, i)} />}
      className={BODY_CLASS}
    />
  );
}

export function RawView({ state }: { state: RunSnapshot }) {
  if (state.httpStatus === undefined) {
    return (
      <p className="p-4 text-sm text-fg-subtle">
        {state.status === "running" ? "Waiting for the response…" : "No response yet."}
      </p>
    );
  }
  return (
    <div className="space-y-3 p-3 text-xs">
      <div className="flex items-center gap-2">
        <span className="font-mono text-sm font-semibold">HTTP {state.httpStatus}</span>
        <span className="ml-auto">
          <CopyButton text={state.raw} label="Copy raw" />
        </span>
      </div>
      <section aria-label="Response headers">
        <h3 className="mb-1 font-medium text-fg-muted">Headers</h3>
        <table className="w-full font-mono">
          <tbody>
            {state.headers.map(([name, value]) => (
              <tr key={name} className="align-top">
                <th scope="row" className="w-48 pr-3 text-left font-normal text-fg-subtle">
                  {name}
                </th>
                <td className="break-all text-fg">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-label="Response body">
        <h3 className="mb-1 font-medium text-fg-muted">
          Body {state.streamed ? "(event stream, as received)" : "(as received)"}
        </h3>
        <ErrorBoundary
          resetKey={state.startedAtEpoch}
          fallback={<pre className={`max-h-[28rem] overflow-auto ${BODY_CLASS}`}>{state.raw}</pre>}
        >
          <RawBody raw={state.raw} />
        </ErrorBoundary>
      </section>
    </div>
  );
}
