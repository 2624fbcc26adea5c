import { z } from "zod";

// Empty form fields arrive as "": treated as "no filter".
const optionalText = z
  .string()
  .trim()
  .max(100)
  .transform((value) => (value ? value : undefined))
  .optional();

/** The recruiters' search across every stored candidate: the URL query of /candidates. */
export const searchCandidatesQuerySchema = z.object({
  /** Candidate name or file name. */
  name: optionalText,
  /** A skill's name or alias (part of it is enough). */
  skill: optionalText,
  /** Headline or a job title in their experience. */
  title: optionalText,
  location: optionalText,
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type SearchCandidatesQuery = z.infer<typeof searchCandidatesQuerySchema>;

export type CandidateSearchRow = {
  resumeId: string;
  candidateName: string | null;
  fileName: string;
  headline: string | null;
  location: string | null;
  years: number | null;
  /** True when `years` is the parser's estimate for a resume whose roles carry no dates. */
  yearsEstimated: boolean;
  /** The candidate's evaluations, best score first (at most five). */
  evaluations: {
    jobId: string;
    jobTitle: string;
    evaluationId: string;
    score: number | null;
    status: "queued" | "processing" | "completed" | "failed";
  }[];
};
