import type { PlaygroundRequest } from "@/lib/anthropic/request";

/** The body the selected test case sends on the first column, its variables filled in. */
export function SelectedRequest({ request }: { request: PlaygroundRequest }) {
  return (
    <section aria-label="Selected test case's request" className="space-y-1">
      <h3 className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
        JSON sent for the selected test case
      </h3>
      <pre className="max-h-64 overflow-auto rounded-md border border-border bg-surface-sunken p-2 font-mono text-xs">
        {JSON.stringify(request.body, null, 2)}
      </pre>
    </section>
  );
}
