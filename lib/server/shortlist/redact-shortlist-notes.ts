import "server-only";
import { type ResumeProfile, resumeProfileSchema } from "@/lib/engine/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ShortlistRow } from "@/lib/schemas/shortlist";
import { blindRedactor } from "./redact-blind";

/**
 * Blind export: reviewers' notes often name the candidate or their city ("Greta from
 * Uppsala…"); each note is redacted with its own candidate's profile.
 */
export async function redactShortlistNotes(options: { db: PrismaClient; rows: ShortlistRow[] }): Promise<ShortlistRow[]> {
  const ids = [...new Set(options.rows.filter((row) => row.decisionNote).map((row) => row.resumeId))];
  if (ids.length === 0) return options.rows;
  const resumes = await options.db.resume.findMany({
    where: { id: { in: ids } },
    select: { id: true, profile: true, candidateName: true },
  });
  const byId = new Map(
    resumes.map((resume) => {
      const parsed = resumeProfileSchema.safeParse(resume.profile);
      const profile: ResumeProfile | null = parsed.success ? parsed.data : null;
      return [resume.id, blindRedactor(profile, resume.candidateName)];
    }),
  );
  return options.rows.map((row) => {
    const redact = byId.get(row.resumeId);
    return row.decisionNote && redact ? { ...row, decisionNote: redact(row.decisionNote) } : row;
  });
}
