"use client";
import { useEffect, useId, useRef, useState } from "react";
import { focusMessageField } from "@/components/conversation/focus-message";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field-styles";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import type { ResponseMessage } from "@/lib/anthropic/stream-accumulator";
import { useRequestStore } from "@/lib/request/request-context";
import {
  type ToolResultInput,
  toolResultMessage,
  toolUses,
  userTextMessage,
  withReply,
} from "@/lib/run/run-conversation";

// Replies whose tool-result form has had focus: switching tabs remounts the form, and the user
// should not be pulled back to it each time.
const focusedReplies = new WeakSet<ResponseMessage>();

const buttonClass = secondaryButtonClass;
const primaryClass = primaryButtonClass;
const fieldClass =
  "w-full rounded-md border border-border-strong bg-surface px-2 py-1.5 text-sm text-fg";

/**
 * What to do with a finished reply: add it to the conversation, answer its tool calls, or reply.
 * Everything is written to the request, the playground's one state.
 */
export function ReplyActions({
  message,
  ran,
  onRun,
  onAdded,
}: {
  message: ResponseMessage;
  ran: PlaygroundRequest;
  onRun: (request: PlaygroundRequest) => void;
  /** Where the thread shows the added reply as its message, the pane lets go of it (no twin). */
  onAdded?: () => void;
}) {
  const store = useRequestStore();
  const [added, setAdded] = useState(false);
  const uses = toolUses(message);

  function commit(after: Parameters<typeof withReply>[3], run: boolean) {
    const next = withReply(store.get(), ran, message, after);
    store.set(next);
    if (run) {
      onRun(next);
      return;
    }
    // The conversation goes on from its last message: the cursor waits there.
    focusMessageField(next.body.messages.length);
    if (onAdded) onAdded();
    else setAdded(true);
  }

  if (added) {
    return (
      <p role="status" className="text-xs text-fg-muted">
        Added to the conversation. Write the next user turn above, then run.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {message.stop_reason === "tool_use" && uses.length > 0 ? (
        <ToolResultsForm
          message={message}
          uses={uses}
          onSubmit={(results, run) => commit([toolResultMessage(results)], run)}
        />
      ) : (
        <ReplyForm
          // The conversation goes on with the user: an empty message, ready to type in.
          onAdd={() => commit([userTextMessage("")], false)}
          onReply={(text) => commit([userTextMessage(text)], true)}
        />
      )}
    </div>
  );
}

function ReplyForm({ onAdd, onReply }: { onAdd: () => void; onReply: (text: string) => void }) {
  const [text, setText] = useState("");
  const id = useId();
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onReply(text);
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={onAdd} className={buttonClass}>
          Add to conversation
        </button>
      </div>
      <label htmlFor={id} className="block text-xs font-medium text-fg-muted">
        Next user message
      </label>
      <div className="flex items-start gap-2">
        <textarea
          id={id}
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // The run shortcut sends this follow-up, not the request without it.
            if (
              event.key === "Enter" &&
              (event.ctrlKey || event.metaKey) &&
              !event.nativeEvent.isComposing
            ) {
              event.preventDefault();
              event.stopPropagation();
              event.currentTarget.form?.requestSubmit();
            }
          }}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          placeholder="Reply, to add this answer and your message, then run"
          className={fieldClass}
        />
        <button type="submit" disabled={!text.trim()} className={primaryClass}>
          Reply and run
        </button>
      </div>
    </form>
  );
}

function ToolResultsForm({
  message,
  uses,
  onSubmit,
}: {
  message: ResponseMessage;
  uses: ReturnType<typeof toolUses>;
  onSubmit: (results: ToolResultInput[], run: boolean) => void;
}) {
  const [results, setResults] = useState<ToolResultInput[]>(() =>
    uses.map((use) => ({ toolUseId: use.id, content: "", isError: false })),
  );
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const firstFieldRef = useRef<HTMLTextAreaElement>(null);
  // The run waits on the user now: bring the form into view and put them in its first field.
  useEffect(() => {
    if (focusedReplies.has(message)) return;
    focusedReplies.add(message);
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    formRef.current?.scrollIntoView({ behavior: still ? "auto" : "smooth", block: "nearest" });
    firstFieldRef.current?.focus({ preventScroll: true });
  }, [message]);
  const update = (index: number, patch: Partial<ToolResultInput>) =>
    setResults((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const submit = (run: boolean) => onSubmit(results, run);
  return (
    <form
      ref={formRef}
      aria-label="Tool results"
      className="space-y-3 rounded-md border border-violet-200 p-3 dark:border-violet-900"
      onSubmit={(event) => {
        event.preventDefault();
        submit(true);
      }}
    >
      <p className="text-xs text-fg-muted">
        The model asked for {uses.length === 1 ? "a tool" : `${uses.length} tools`}. Give the
        results, and the reply plus a <code className="font-mono">tool_result</code> turn are added
        to the conversation.
      </p>
      {uses.map((use, index) => {
        const fieldId = `${baseId}-${index}`;
        const result = results[index];
        return (
          <fieldset key={use.id} className="space-y-1.5">
            <legend className="text-xs font-medium text-fg-soft">Result for {use.name}</legend>
            <p className="font-mono text-2xs text-fg-subtle">
              <span>tool_use_id </span>
              <span data-testid="tool-use-id">{use.id}</span>
            </p>
            <label htmlFor={fieldId} className="sr-only">
              Result for {use.name}
            </label>
            <textarea
              ref={index === 0 ? firstFieldRef : undefined}
              id={fieldId}
              rows={2}
              value={result?.content ?? ""}
              onChange={(event) => update(index, { content: event.target.value })}
              placeholder='e.g. {"temperature": 18}'
              className={`${fieldClass} font-mono text-xs`}
            />
            <label className="inline-flex items-center gap-1.5 text-xs text-fg-secondary">
              <input
                type="checkbox"
                checked={result?.isError ?? false}
                onChange={(event) => update(index, { isError: event.target.checked })}
              />
              is error
            </label>
          </fieldset>
        );
      })}
      <div className="flex gap-2">
        <button type="submit" className={primaryClass}>
          Add results and run
        </button>
        <button type="button" onClick={() => submit(false)} className={buttonClass}>
          Add results
        </button>
      </div>
    </form>
  );
}
