"use client";

import { useId } from "react";
import { ChipInput } from "@/components/ui/chip-input";
import { Switch } from "@/components/ui/switch";
import type { MessagesBody } from "@/lib/anthropic/request";
import { MAX_TOKENS_LIMIT, MIN_THINKING_BUDGET } from "@/lib/checks/checks";
import { issuesAt, type RequestIssue } from "@/lib/checks/request-issue";
import { useRequestPart, useRequestStore } from "@/lib/request/request-context";
import {
  addStopSequence,
  DEFAULT_THINKING_BUDGET,
  removeStopSequence,
  setBodyField,
  setThinking,
} from "@/lib/request/request-edits";
import { FieldIssues } from "./field-issues";
import { NumberField } from "./number-field";

const PARAMETERS = [
  "max_tokens",
  "temperature",
  "top_p",
  "top_k",
  "stop_sequences",
  "stream",
  "thinking",
] as const;
const sameParameters = (a: MessagesBody, b: MessagesBody) =>
  PARAMETERS.every((field) => Object.is(a[field], b[field]));

export function ParametersSection({ issues }: { issues: readonly RequestIssue[] }) {
  // Re-renders when a parameter changes, not when a message is typed in.
  const body = useRequestPart((request) => request.body, sameParameters);
  const setRequest = useRequestStore().set;
  const thinking = body.thinking?.type === "enabled" ? body.thinking : undefined;
  const stopIssuesId = useId();
  const thinkingIssuesId = useId();
  const stopIssues = issuesAt(issues, "stop_sequences", true);
  const thinkingIssues = issuesAt(issues, "thinking");

  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-4 gap-2">
        <NumberField
          label="Max tokens"
          required
          min={1}
          max={MAX_TOKENS_LIMIT}
          step={1}
          value={body.max_tokens}
          issues={issuesAt(issues, "max_tokens")}
          onChange={(v) => v !== undefined && setRequest((r) => setBodyField(r, "max_tokens", v))}
        />
        <NumberField
          label="Temperature"
          min={0}
          max={1}
          step={0.1}
          value={body.temperature}
          issues={issuesAt(issues, "temperature")}
          onChange={(v) => setRequest((r) => setBodyField(r, "temperature", v))}
        />
        <NumberField
          label="Top P"
          min={0}
          max={1}
          step={0.05}
          value={body.top_p}
          issues={issuesAt(issues, "top_p")}
          onChange={(v) => setRequest((r) => setBodyField(r, "top_p", v))}
        />
        <NumberField
          label="Top K"
          min={0}
          step={1}
          value={body.top_k}
          issues={issuesAt(issues, "top_k")}
          onChange={(v) => setRequest((r) => setBodyField(r, "top_k", v))}
        />
      </div>
      <p className="-mt-1 text-2xs text-fg-subtle">
        Empty sampling fields are left out of the request, so the model's defaults apply.
      </p>
      <ChipInput
        label="Stop sequences"
        itemName="stop sequence"
        values={body.stop_sequences ?? []}
        placeholder="Type a sequence and press Enter"
        describedBy={stopIssues.length ? stopIssuesId : undefined}
        onAdd={(value) => {
          if (value === "") return "A stop sequence cannot be empty.";
          if (body.stop_sequences?.includes(value)) return "That stop sequence is already there.";
          setRequest((r) => addStopSequence(r, value));
          return null;
        }}
        onRemove={(i) => setRequest((r) => removeStopSequence(r, i))}
      />
      <FieldIssues id={stopIssuesId} issues={stopIssues} />
      <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
        <Switch
          label="Stream"
          checked={body.stream === true}
          onCheckedChange={(on) => setRequest((r) => setBodyField(r, "stream", on))}
        />
        <div className="flex flex-col gap-1">
          <Switch
            label="Extended thinking"
            checked={thinking !== undefined}
            describedBy={thinkingIssues.length ? thinkingIssuesId : undefined}
            onCheckedChange={(on) =>
              setRequest((r) =>
                setThinking(
                  // Thinking needs max_tokens above its budget; make room rather than fail.
                  on && r.body.max_tokens <= DEFAULT_THINKING_BUDGET
                    ? setBodyField(r, "max_tokens", DEFAULT_THINKING_BUDGET * 2)
                    : r,
                  on,
                ),
              )
            }
          />
          <FieldIssues id={thinkingIssuesId} issues={thinkingIssues} />
        </div>
        {thinking && (
          <div className="w-40">
            <NumberField
              label="Thinking budget"
              required
              min={MIN_THINKING_BUDGET}
              step={256}
              value={thinking.budget_tokens}
              issues={issuesAt(issues, "thinking.budget_tokens")}
              onChange={(v) =>
                v !== undefined &&
                setRequest((r) =>
                  setBodyField(r, "thinking", { type: "enabled", budget_tokens: v }),
                )
              }
            />
          </div>
        )}
      </div>
    </div>
  );
}
