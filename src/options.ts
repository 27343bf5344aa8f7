import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

export const optionsSchema = z
  .object({
    /** the date relative expressions fall back on when no reference date can be found; default: the current date */
    today: isoDate.optional(),
    /** findings below this confidence are left out of the report (0..1); default 0 keeps all */
    minConfidence: z.number().min(0).max(1).optional(),
  })
  .strict();

export type Options = z.input<typeof optionsSchema>;
export type ResolvedOptions = { today: string; minConfidence: number };

/** Validate once at the boundary and fill in defaults; inside, options are trusted. */
export function resolveOptions(options: Options | undefined): ResolvedOptions {
  const parsed = optionsSchema.parse(options ?? {});
  return {
    today: parsed.today ?? new Date().toISOString().slice(0, 10),
    minConfidence: parsed.minConfidence ?? 0,
  };
}
