import { describe, expect, it } from "vitest";
import type { ModelInfo } from "@/lib/anthropic/models";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { newColumn } from "@/lib/compare/compare";
import { IDLE_SNAPSHOT, type RunSnapshot } from "@/lib/run/recorder";
import {
  cellKey,
  cellSummary,
  cellTitle,
  type GridCell,
  gridColumns,
  gridTasks,
  gridTotals,
} from "@/lib/test-cases/test-case-grid";
import { newTestCase } from "@/lib/test-cases/test-cases";

const SONNET = "anthropic/claude-sonnet-4.5";
const GPT = "openai/gpt-5-mini";

const template: PlaygroundRequest = {
  body: {
    model: SONNET,
    max_tokens: 100,
    temperature: 0.2,
    system: "You speak {{tone}}.",
    messages: [{ role: "user", content: "Tell me about {{city}}." }],
  },
  betas: [],
};

const sonnet: ModelInfo = {
  id: SONNET,
  pricings: {
    prompt: [{ value: 3, unit: "perMTokens", currency: "USD" }],
    completion: [{ value: 15, unit: "perMTokens", currency: "USD" }],
  },
};

function snapshot(status: RunSnapshot["status"], extra: Partial<RunSnapshot> = {}): RunSnapshot {
  return {
    ...IDLE_SNAPSHOT,
    status,
    request: template,
    ...extra,
  };
}

const answered = (text: string, totalMs: number): RunSnapshot =>
  snapshot("done", {
    totalMs,
    message: {
      id: "msg_1",
      model: SONNET,
      role: "assistant",
      content: [{ type: "text", text }],
      stop_reason: "end_turn",
      stop_sequence: null,
      usage: { input_tokens: 1_000, output_tokens: 100 },
    },
  });

describe("the grid's columns", () => {
  it("is the editor's request alone when no comparison is open", () => {
    expect(gridColumns(template, null)).toEqual([
      { id: "editor", name: SONNET, request: template },
    ]);
  });

  it("is each comparison column, with its model and overrides on the shared request", () => {
    const first = newColumn(SONNET);
    const second = newColumn(GPT, { temperature: 1, max_tokens: 50 });
    const columns = gridColumns(template, { columns: [first, second] });
    expect(columns.map((column) => [column.id, column.name])).toEqual([
      [first.id, SONNET],
      [second.id, GPT],
    ]);
    expect(columns[1]?.request.body).toMatchObject({ model: GPT, temperature: 1, max_tokens: 50 });
    expect(columns[1]?.request.body.system).toBe("You speak {{tone}}.");
    expect(columns[0]?.request.body.temperature).toBe(0.2);
  });
});

describe("the grid's tasks", () => {
  const columns = gridColumns(template, { columns: [newColumn(SONNET), newColumn(GPT)] });

  it("sends every row on every column, row by row, with the row's values filled in", () => {
    const rows = [
      newTestCase({ city: "Oslo", tone: "calm" }),
      newTestCase({ city: "Rome", tone: "warm" }),
    ];
    const built = gridTasks(rows, columns);
    if (!built.ok) throw new Error(built.error);
    expect(built.tasks.map((task) => task.key)).toEqual([
      cellKey(rows[0]?.id ?? "", columns[0]?.id ?? ""),
      cellKey(rows[0]?.id ?? "", columns[1]?.id ?? ""),
      cellKey(rows[1]?.id ?? "", columns[0]?.id ?? ""),
      cellKey(rows[1]?.id ?? "", columns[1]?.id ?? ""),
    ]);
    expect(
      built.tasks.map(({ request }) => [
        request.body.model,
        request.body.system,
        request.body.messages[0]?.content,
      ]),
    ).toEqual([
      [SONNET, "You speak calm.", "Tell me about Oslo."],
      [GPT, "You speak calm.", "Tell me about Oslo."],
      [SONNET, "You speak warm.", "Tell me about Rome."],
      [GPT, "You speak warm.", "Tell me about Rome."],
    ]);
  });

  it("sends nothing when a row leaves a variable empty, and names that row", () => {
    const rows = [newTestCase({ city: "Oslo", tone: "calm" }), newTestCase({ city: "Rome" })];
    expect(gridTasks(rows, columns)).toEqual({
      ok: false,
      error: "Test case 2: The variable {{tone}} has no value. Nothing was run.",
    });
  });

  it("names a cell by its row's number and its column's model", () => {
    expect(cellTitle(1, { name: GPT })).toBe(`Test case 2 × ${GPT}`);
    expect(cellKey("t1", "c2")).toBe("t1:c2");
  });
});

describe("what a cell shows", () => {
  it("shows where it stands until its run has a snapshot", () => {
    expect(cellSummary(undefined, [sonnet])).toEqual({ status: "—", preview: "" });
    expect(cellSummary({ status: "queued" }, [sonnet])).toEqual({ status: "queued", preview: "" });
    expect(cellSummary({ status: "not run" }, undefined).status).toBe("not run");
  });

  it("shows a finished run's status, time, cost and the start of its answer", () => {
    const summary = cellSummary({ status: "finished", snapshot: answered("Oslo is calm.", 1234) }, [
      sonnet,
    ]);
    expect(summary).toMatchObject({ status: "done", totalMs: 1234, preview: "Oslo is calm." });
    expect(summary.costUsd).toBeCloseTo((1_000 * 3 + 100 * 15) / 1e6, 10);
    const failed = cellSummary(
      {
        status: "finished",
        snapshot: snapshot("error", {
          totalMs: 5,
          error: { type: "overloaded_error", message: "Overloaded", phase: "response" },
        }),
      },
      [sonnet],
    );
    expect(failed).toEqual({
      status: "error",
      totalMs: 5,
      costUsd: undefined,
      preview: "Overloaded",
    });
  });
});

describe("the grid's totals", () => {
  it("adds up the finished cells and leaves queued ones out", () => {
    const cells: GridCell[] = [
      { status: "finished", snapshot: answered("a", 1000) },
      { status: "finished", snapshot: answered("b", 500) },
      { status: "finished", snapshot: snapshot("error", { totalMs: 250 }) },
      { status: "finished", snapshot: snapshot("stopped", { totalMs: 10 }) },
      { status: "running" },
      { status: "not run" },
    ];
    const totals = gridTotals(new Map(cells.map((cell, i) => [String(i), cell])).values(), [
      sonnet,
    ]);
    expect(totals).toMatchObject({ ms: 1760, done: 2, failed: 1 });
    expect(totals.usd).toBeCloseTo((2 * (1_000 * 3 + 100 * 15)) / 1e6, 10);
  });

  it("costs nothing while the catalog has not loaded", () => {
    const totals = gridTotals([{ status: "finished", snapshot: answered("a", 10) }], undefined);
    expect(totals).toEqual({ ms: 10, usd: 0, done: 1, failed: 0 });
  });
});
