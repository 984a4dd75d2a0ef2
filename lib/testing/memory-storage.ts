/** An in-memory `Storage` for tests, optionally refusing values over a size to mimic a full quota. */
export function memoryStorage(quotaChars = Number.POSITIVE_INFINITY): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      const others = [...items].reduce((sum, [k, v]) => (k === key ? sum : sum + v.length), 0);
      if (others + value.length > quotaChars) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      items.set(key, String(value));
    },
  };
}
