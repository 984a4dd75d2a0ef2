"use client";

import type { Tool, ToolChoice } from "@anthropic-ai/sdk/resources/messages/messages";
import { useId } from "react";
import { buttonClass, inputClass, labelClass } from "@/components/ui/field-styles";
import type { MessagesBody } from "@/lib/anthropic/request";
import { issuesAt, type RequestIssue } from "@/lib/checks/request-issue";
import { useRequestPart, useRequestStore } from "@/lib/request/request-context";
import {
  addTool,
  freshToolName,
  removeTool,
  setToolChoice,
  updateTool,
  WEATHER_TOOL,
} from "@/lib/request/request-edits";
import { ContentBlockCard } from "../conversation/content-block-card";
import { FieldIssues, issueAria } from "./field-issues";
import { ToolEditor } from "./tool-editor";

type ChoiceType = ToolChoice["type"];

function isCustomTool(tool: unknown): tool is Tool {
  const t = tool as { type?: unknown; name?: unknown };
  return (t.type === undefined || t.type === "custom") && typeof t.name === "string";
}

const sameTools = (a: MessagesBody, b: MessagesBody) =>
  a.tools === b.tools && a.tool_choice === b.tool_choice;

export function ToolsSection({ issues }: { issues: readonly RequestIssue[] }) {
  // Re-renders when the tools change, not when a message is typed in.
  const body = useRequestPart((request) => request.body, sameTools);
  const setRequest = useRequestStore().set;
  const tools = body.tools ?? [];
  const choice = body.tool_choice;
  const choiceIssuesId = useId();
  const choiceIssues = issuesAt(issues, "tool_choice");
  const names = tools.flatMap((t) => ("name" in t && typeof t.name === "string" ? [t.name] : []));

  const setChoiceType = (type: ChoiceType | "") => {
    const disable =
      choice && "disable_parallel_tool_use" in choice
        ? choice.disable_parallel_tool_use
        : undefined;
    const extra =
      disable !== undefined && type !== "none" ? { disable_parallel_tool_use: disable } : {};
    const next: ToolChoice | undefined =
      type === ""
        ? undefined
        : type === "tool"
          ? { type, name: names[0] ?? "", ...extra }
          : type === "none"
            ? { type }
            : { type, ...extra };
    setRequest((r) => setToolChoice(r, next));
  };

  const templateTaken = names.includes(WEATHER_TOOL.name);

  return (
    <div className="flex flex-col gap-2">
      {tools.length > 0 && (
        <ul aria-label="Tools" className="flex flex-col gap-2">
          {tools.map((tool, i) =>
            isCustomTool(tool) ? (
              <ToolEditor
                // biome-ignore lint/suspicious/noArrayIndexKey: tools are edited by position; names change while typing.
                key={i}
                index={i}
                tool={tool}
                issues={issues}
                onChange={(next) => setRequest((r) => updateTool(r, i, next))}
                onRemove={() => setRequest((r) => removeTool(r, i))}
              />
            ) : (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                key={i}
                aria-label={`Tool ${i + 1}`}
                className="flex flex-col gap-1"
              >
                <ul>
                  <ContentBlockCard
                    // A server tool reads like a block: its type and settings, edited in JSON.
                    block={tool as never}
                    label={`tool ${i + 1}`}
                    onRemove={() => setRequest((r) => removeTool(r, i))}
                  />
                </ul>
                <FieldIssues
                  id={`tool-${i}-issues`}
                  issues={issuesAt(issues, `tools.${i}`, true)}
                />
              </li>
            ),
          )}
        </ul>
      )}
      <div className="flex gap-1.5">
        <button
          type="button"
          className={buttonClass}
          onClick={() =>
            setRequest((r) =>
              addTool(r, {
                name: freshToolName(r),
                description: "",
                input_schema: { type: "object", properties: {} },
              }),
            )
          }
        >
          + Add tool
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={templateTaken}
          onClick={() => setRequest((r) => addTool(r, WEATHER_TOOL))}
        >
          + Add get_weather example
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className={labelClass}>Tool choice</span>
          <select
            value={choice?.type ?? ""}
            onChange={(e) => setChoiceType(e.target.value as ChoiceType | "")}
            {...issueAria(choiceIssuesId, choiceIssues)}
            className={`${inputClass} w-44`}
          >
            <option value="">Default (auto)</option>
            <option value="auto">auto: model decides</option>
            <option value="any">any: must use a tool</option>
            <option value="tool">tool: a named tool</option>
            <option value="none">none: no tools</option>
          </select>
        </label>
        {choice?.type === "tool" && (
          <label className="flex flex-col gap-1">
            <span className={labelClass}>Forced tool</span>
            <select
              value={choice.name}
              onChange={(e) =>
                setRequest((r) => setToolChoice(r, { ...choice, name: e.target.value }))
              }
              className={`${inputClass} w-44 font-mono`}
            >
              {!names.includes(choice.name) && (
                <option value={choice.name}>{choice.name || "(none)"}</option>
              )}
              {names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        {choice && choice.type !== "none" && (
          <label className="flex items-center gap-1.5 pb-1.5 text-sm text-fg-secondary">
            <input
              type="checkbox"
              checked={choice.disable_parallel_tool_use === true}
              onChange={(e) => {
                const { disable_parallel_tool_use: _, ...rest } = choice;
                setRequest((r) =>
                  setToolChoice(
                    r,
                    e.target.checked
                      ? { ...rest, disable_parallel_tool_use: true }
                      : (rest as ToolChoice),
                  ),
                );
              }}
            />
            Disable parallel tool use
          </label>
        )}
      </div>
      <FieldIssues id={choiceIssuesId} issues={choiceIssues} />
    </div>
  );
}
