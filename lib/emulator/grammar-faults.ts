import type { ProtocolRule } from "@/lib/anthropic/protocol-check";
import type { StreamStep } from "./stream";

/**
 * Fault models whose streams break the Messages event grammar, one rule each, the way gateways
 * that convert other providers' streams have been seen to: so the page's protocol check
 * (lib/anthropic/protocol-check.ts) can be seen and tested against a real stream.
 */
export const GRAMMAR_FAULT_MODELS = {
  "emulator/protocol-duplicate-start": "Emulator: Protocol · message_start twice",
  "emulator/protocol-bad-index": "Emulator: Protocol · block index gap",
  "emulator/protocol-wrong-delta": "Emulator: Protocol · delta of the wrong type",
  "emulator/protocol-bad-tool-json": "Emulator: Protocol · tool input not JSON",
  "emulator/protocol-no-message-delta": "Emulator: Protocol · no message_delta",
  "emulator/protocol-no-usage": "Emulator: Protocol · no usage",
  "emulator/protocol-after-stop": "Emulator: Protocol · event after message_stop",
  "emulator/protocol-missing-stop": "Emulator: Protocol · no message_stop",
  "emulator/protocol-after-error": "Emulator: Protocol · text after an error event",
  "emulator/protocol-bad-json": "Emulator: Protocol · data that is not JSON",
  "emulator/protocol-unknown-event": "Emulator: Protocol · unknown event (tolerated)",
} as const;

export type GrammarFaultId = keyof typeof GRAMMAR_FAULT_MODELS;

/** The rules of the protocol check each fault model breaks: what its verdict must name. */
export const GRAMMAR_FAULT_RULES: Readonly<Record<GrammarFaultId, readonly ProtocolRule[]>> = {
  "emulator/protocol-duplicate-start": ["message-start"],
  "emulator/protocol-bad-index": ["block-order"],
  "emulator/protocol-wrong-delta": ["delta-type"],
  "emulator/protocol-bad-tool-json": ["tool-input-json"],
  "emulator/protocol-no-message-delta": ["message-delta"],
  "emulator/protocol-no-usage": ["usage"],
  "emulator/protocol-after-stop": ["after-stop"],
  "emulator/protocol-missing-stop": ["incomplete"],
  "emulator/protocol-after-error": ["stream-error", "after-error"],
  "emulator/protocol-bad-json": ["json"],
  // Tolerated: the report is clean and names the event in its notes.
  "emulator/protocol-unknown-event": [],
};

type Json = Record<string, unknown>;

const named = (name: string) => (step: StreamStep) => step.kind === "event" && step.name === name;

function mapData(
  steps: StreamStep[],
  change: (data: Json, step: StreamStep) => Json,
): StreamStep[] {
  return steps.map((step) => ({ ...step, data: change(step.data as Json, step) }));
}

function withoutUsage({ usage: _usage, ...rest }: Json): Json {
  return rest;
}

/** Where the second content delta is: a point inside the answer's first block. */
function midAnswer(steps: StreamStep[]): number {
  const deltas = steps.flatMap((step, at) => (step.kind === "delta" ? [at] : []));
  return deltas[1] ?? deltas[0] ?? steps.length - 1;
}

const insertAt = (steps: StreamStep[], at: number, ...added: StreamStep[]) => [
  ...steps.slice(0, at),
  ...added,
  ...steps.slice(at),
];

/** The same steps, broken in the one way the fault names. */
export function breakGrammar(fault: GrammarFaultId, steps: StreamStep[]): StreamStep[] {
  switch (fault) {
    case "emulator/protocol-duplicate-start": {
      const start = steps.find(named("message_start"));
      return start ? [start, ...steps] : steps;
    }
    case "emulator/protocol-bad-index":
      // Every block index shifted by one: the first block starts at 1.
      return mapData(steps, (data) =>
        typeof data.index === "number" ? { ...data, index: data.index + 1 } : data,
      );
    case "emulator/protocol-wrong-delta":
      // Text arrives as thinking_delta into a text block.
      return mapData(steps, (data) => {
        const delta = data.delta as Json | undefined;
        return delta?.type === "text_delta"
          ? { ...data, delta: { type: "thinking_delta", thinking: delta.text } }
          : data;
      });
    case "emulator/protocol-bad-tool-json": {
      const index = steps.filter(named("content_block_start")).length;
      const stopAt = steps.findIndex(named("message_delta"));
      const tool: StreamStep[] = [
        {
          kind: "event",
          name: "content_block_start",
          data: {
            type: "content_block_start",
            index,
            content_block: {
              type: "tool_use",
              id: "toolu_emulator_broken",
              name: "broken",
              input: {},
            },
          },
        },
        {
          kind: "delta",
          tokens: 2,
          data: {
            type: "content_block_delta",
            index,
            delta: { type: "input_json_delta", partial_json: '{"city": "Par' },
          },
        },
        { kind: "event", name: "content_block_stop", data: { type: "content_block_stop", index } },
      ];
      return [...steps.slice(0, stopAt), ...tool, ...steps.slice(stopAt)];
    }
    case "emulator/protocol-no-message-delta":
      return steps.filter((step) => !named("message_delta")(step));
    case "emulator/protocol-no-usage":
      return mapData(steps, (data, step) => {
        if (named("message_delta")(step)) return withoutUsage(data);
        if (named("message_start")(step))
          return { ...data, message: withoutUsage(data.message as Json) };
        return data;
      });
    case "emulator/protocol-after-stop":
      return [
        ...steps,
        {
          kind: "delta",
          tokens: 1,
          data: {
            type: "content_block_delta",
            index: 0,
            delta: { type: "text_delta", text: " (late)" },
          },
        },
      ];
    case "emulator/protocol-missing-stop":
      return steps.filter((step) => !named("message_stop")(step));
    case "emulator/protocol-after-error":
      // An overloaded error mid-answer, and then the rest of the answer as if nothing happened.
      return insertAt(steps, midAnswer(steps), {
        kind: "event",
        name: "error",
        data: { type: "error", error: { type: "overloaded_error", message: "Overloaded" } },
      });
    case "emulator/protocol-bad-json": {
      // One delta cut off mid-JSON, as a converter that splits a frame might send it.
      const at = midAnswer(steps);
      const step = steps[at];
      if (!step) return steps;
      const json = JSON.stringify(step.data);
      const cut: StreamStep = {
        kind: "event",
        name: "content_block_delta",
        data: step.data,
        raw: json.slice(0, Math.ceil(json.length / 2)),
      };
      return [...steps.slice(0, at), cut, ...steps.slice(at + 1)];
    }
    case "emulator/protocol-unknown-event":
      return insertAt(steps, midAnswer(steps), {
        kind: "event",
        name: "zenmux_routing",
        data: { type: "zenmux_routing", provider: "emulator" },
      });
  }
}
