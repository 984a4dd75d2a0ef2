import { describe, expect, it } from "vitest";
import { afterMove, afterRemove, within, withMessage } from "./open-messages";

const sorted = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);

describe("open messages", () => {
  it("opens and closes a message", () => {
    const open = withMessage(new Set(), 2, true);
    expect(sorted(open)).toEqual([2]);
    expect(sorted(withMessage(open, 2, false))).toEqual([]);
  });

  it("moves an open message's place with it, and the closed message it swapped with", () => {
    expect(sorted(afterMove(new Set([2]), 2, -1))).toEqual([1]);
    expect(sorted(afterMove(new Set([1]), 2, -1))).toEqual([2]);
    expect(sorted(afterMove(new Set([1, 2]), 1, 1))).toEqual([1, 2]);
    expect(sorted(afterMove(new Set([0, 3]), 1, 1))).toEqual([0, 3]);
  });

  it("closes a removed message and moves later ones up", () => {
    expect(sorted(afterRemove(new Set([0, 2, 4]), 2))).toEqual([0, 3]);
    expect(sorted(afterRemove(new Set([1]), 3))).toEqual([1]);
  });

  it("forgets messages past the end, keeping the same set when nothing changes", () => {
    const open = new Set([0, 5]);
    expect(sorted(within(open, 3))).toEqual([0]);
    expect(within(open, 6)).toBe(open);
  });
});
