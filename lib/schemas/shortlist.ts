import { z } from "zod";

export const SHORTLIST_SORTS = ["score", "name", "years", "location", "verdict", "decision", "uploaded"] as const;
export type ShortlistSort = (typeof SHORTLIST_SORTS)[number];

// Empty form fields arrive as "": treated as "no filter".
const optionalText = z
  .string()
  .trim()
  .max(100)
  .transform((value) => (value ? value : undefined))
  .optional();

/** Shortlist filters, sort and page: the URL query of the shortlist page, the CSV export and the API. */
export const listShortlistQuerySchema = z.object({
  verdict: z.enum(["high", "medium", "low"]).optional().catch(undefined),
  minScore: z.coerce.number().min(0).max(100).optional().catch(undefined),
  /** Taxonomy id or name the candidate's resume shows. */
  hasSkill: optionalText,
  /** Taxonomy id or name of a job must-have the candidate is missing. */
  missingSkill: optionalText,
  minYears: z.coerce.number().min(0).max(60).optional().catch(undefined),
  location: optionalText,
  /** `none`: no decision yet. */
  decision: z.enum(["shortlist", "hold", "reject", "none"]).optional().catch(undefined),
  /** `upload`: resumes uploaded for this job; `rediscovery`: past candidates found among resumes stored for other jobs. */
  source: z.enum(["upload", "rediscovery"]).optional().catch(undefined),
  /** Free text over candidate name, file name and skills. */
  q: optionalText,
  sort: z.enum(SHORTLIST_SORTS).default("score").catch("score"),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(25).catch(25),
});
export type ListShortlistQuery = z.infer<typeof listShortlistQuerySchema>;

const NUMERIC_FILTERS = {
  minScore: { label: "Min score", schema: z.coerce.number().min(0).max(100), range: "0 to 100" },
  minYears: { label: "Min years", schema: z.coerce.number().min(0).max(60), range: "0 to 60" },
} as const;
export type NumericShortlistFilter = keyof typeof NUMERIC_FILTERS;

/**
 * The typed filter values the query schema had to drop (it never fails a shared link),
 * each with a message saying what is allowed: the page shows them instead of ignoring them.
 */
export function shortlistFilterErrors(raw: Record<string, string | undefined>): Partial<Record<NumericShortlistFilter, string>> {
  const errors: Partial<Record<NumericShortlistFilter, string>> = {};
  for (const [key, filter] of Object.entries(NUMERIC_FILTERS) as [
    NumericShortlistFilter,
    (typeof NUMERIC_FILTERS)[NumericShortlistFilter],
  ][]) {
    const value = raw[key]?.trim();
    if (!value) continue;
    if (!filter.schema.safeParse(value).success)
      errors[key] = `${filter.label} must be a number from ${filter.range} (got “${value.slice(0, 20)}”); this filter is not applied.`;
  }
  return errors;
}

export type ShortlistRow = {
  evaluationId: string;
  resumeId: string;
  candidateName: string | null;
  fileName: string;
  score: number;
  verdict: "high" | "medium" | "low";
  years: number | null;
  /** True when `years` is the parser's estimate for a resume whose roles carry no dates. */
  yearsEstimated: boolean;
  location: string | null;
  topMatched: string[];
  missingMustHave: string[];
  decision: "shortlist" | "hold" | "reject" | null;
  decisionNote: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
};

export type ShortlistPage = { items: ShortlistRow[]; total: number; page: number; pageSize: number; pageCount: number };
