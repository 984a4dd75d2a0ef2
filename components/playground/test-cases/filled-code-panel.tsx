"use client";

import { useMemo } from "react";
import { CodePanelSlot } from "@/components/playground/code-panel-slot";
import { usePlaygroundRequest } from "@/components/playground/request-context";
import { substituteVariables, type VariableValues } from "@/lib/playground/variables";

/** The code panel for the request as it will be sent: the selected test case filled in. */
export function FilledCodePanel({ values }: { values: VariableValues }) {
  const [request] = usePlaygroundRequest();
  const filled = useMemo(() => substituteVariables(request, values), [request, values]);
  return <CodePanelSlot request={filled} />;
}
