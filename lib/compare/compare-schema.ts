/** The shape of a comparison (compare.ts), checked in links and scene files: zod, kept apart. */
import "@/lib/request/zod-without-eval";
import { z } from "zod";
import {
  type CompareColumn,
  type Comparison,
  MAX_COLUMNS,
  MIN_COLUMNS,
} from "@/lib/compare/compare";

export const compareColumnSchema = z.object({
  id: z.string().min(1).max(64),
  model: z.string().min(1).max(300),
  /** Body fields this column sends instead of the shared ones; `null` leaves a field out. */
  overrides: z.record(z.string().max(100), z.unknown()),
}) satisfies z.ZodType<CompareColumn>;

export const comparisonSchema = z.object({
  columns: z.array(compareColumnSchema).min(MIN_COLUMNS).max(MAX_COLUMNS),
}) satisfies z.ZodType<Comparison>;
