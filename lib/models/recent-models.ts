import { STORAGE_KEYS } from "@/lib/storage/storage-keys";

export const MAX_RECENT_MODELS = 5;

export function loadRecentModels(storage: Storage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(STORAGE_KEYS.recentModels) ?? "[]");
    if (!Array.isArray(value)) return [];
    return value.filter((id): id is string => typeof id === "string").slice(0, MAX_RECENT_MODELS);
  } catch {
    return [];
  }
}

/** Moves `modelId` to the front, without duplicates; returns the new list. */
export function rememberRecentModel(storage: Storage, modelId: string): string[] {
  const id = modelId.trim();
  if (!id) return loadRecentModels(storage);
  const next = [id, ...loadRecentModels(storage).filter((other) => other !== id)].slice(
    0,
    MAX_RECENT_MODELS,
  );
  try {
    storage.setItem(STORAGE_KEYS.recentModels, JSON.stringify(next));
  } catch {
    // Recents are a convenience; a full storage must not break choosing a model.
  }
  return next;
}
