import { expect } from "vitest";

/** JSON with every object's keys sorted: two values print the same exactly when they are equal. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * Expects two JSON values to be equal, key order aside. toStrictEqual cannot say so for values
 * holding a `constructor` key: it compares that key's values by identity, as if they were classes.
 */
export function expectSameJson(actual: unknown, expected: unknown, message?: string) {
  expect(canonicalJson(actual), message).toBe(canonicalJson(expected));
}
