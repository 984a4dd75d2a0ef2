"use client";

import { useMemo } from "react";
import { CodePanel } from "@/components/code/code-panel.lazy";
import { useLocalBaseUrl } from "@/components/code/use-local-base-url";
import { useDeferredRequest } from "@/lib/request/request-context";
import { substituteVariables, type VariableValues } from "@/lib/test-cases/variables";

/** The code pane beside the thread: the request as it will be sent, test-case values filled in. */
export function CodePane({ values, onClose }: { values: VariableValues; onClose: () => void }) {
  // The code follows typing: it is rebuilt after a keystroke has painted, not before.
  const request = useDeferredRequest();
  const filled = useMemo(() => substituteVariables(request, values), [request, values]);
  const localBaseUrl = useLocalBaseUrl();
  return (
    <CodePanel
      request={filled}
      localBaseUrl={localBaseUrl}
      onCollapsedChange={(collapsed) => collapsed && onClose()}
    />
  );
}
