import "server-only";
import { getTaxonomy } from "@/lib/engine/skills/taxonomy";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { AREA_ROLES } from "@/lib/schemas/access";
import type { Role } from "@/lib/schemas/auth";
import { YEARS_ESTIMATED_SQL, YEARS_SQL } from "@/lib/server/shortlist/profile-years";
import type { CandidateSearchRow, SearchCandidatesQuery } from "@/lib/schemas/candidates";

const PAGE_SIZE = 25;

function like(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Taxonomy ids whose name or an alias contains the typed text; the text itself when none does. */
function skillIds(text: string): string[] {
  const needle = text.toLowerCase();
  const ids = getTaxonomy()
    .skills.filter((skill) => skill.name.toLowerCase().includes(needle) || skill.aliases.some((alias) => alias.toLowerCase() === needle))
    .slice(0, 50)
    .map((skill) => skill.id);
  return ids.length > 0 ? ids : [needle];
}

function searchWhere(query: SearchCandidatesQuery): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.name) where.push(Prisma.sql`(r.candidate_name ILIKE ${like(query.name)} OR r.original_name ILIKE ${like(query.name)})`);
  if (query.skill) {
    const patterns = skillIds(query.skill).map((id) => JSON.stringify([{ id }]));
    where.push(Prisma.sql`(r.profile->'skills') @> ANY (${patterns}::jsonb[])`);
  }
  if (query.title)
    where.push(Prisma.sql`(r.profile->>'headline' ILIKE ${like(query.title)} OR EXISTS (
      SELECT 1 FROM jsonb_array_elements(coalesce(r.profile->'experience', '[]'::jsonb)) x WHERE x->>'title' ILIKE ${like(query.title)}))`);
  if (query.location) where.push(Prisma.sql`r.profile->'contact'->>'location' ILIKE ${like(query.location)}`);
  return Prisma.join(where, " AND ");
}

type RawRow = {
  id: string;
  candidate_name: string | null;
  original_name: string;
  headline: string | null;
  location: string | null;
  years: number | null;
  years_estimated: boolean;
  total: bigint;
};

/**
 * Recruiters' search across every stored candidate (erased ones have no row),
 * newest first, each with their evaluations so the result links to a candidate
 * page. Every staff role sees every job (one organisation); the search itself
 * is for recruiters and admins.
 */
export async function searchCandidates(options: {
  db: PrismaClient;
  role: Role;
  query: SearchCandidatesQuery;
}): Promise<{ items: CandidateSearchRow[]; total: number; page: number; pageCount: number }> {
  const { db, query } = options;
  if (!(AREA_ROLES.recruiting as readonly string[]).includes(options.role))
    throw new AppError("FORBIDDEN", "Only recruiters and admins can search all candidates.");
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT r.id, r.candidate_name, r.original_name, r.profile->>'headline' AS headline,
      r.profile->'contact'->>'location' AS location, ${YEARS_SQL} AS years, ${YEARS_ESTIMATED_SQL} AS years_estimated,
      count(*) OVER () AS total
    FROM resumes r WHERE ${searchWhere(query)}
    ORDER BY r.created_at DESC, r.id ASC
    LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`;
  const evaluations = await db.evaluation.findMany({
    where: { resumeId: { in: rows.map((row) => row.id) } },
    orderBy: [{ score: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: { id: true, resumeId: true, jobId: true, score: true, status: true, job: { select: { title: true } } },
  });
  const total = Number(rows[0]?.total ?? 0);
  return {
    items: rows.map((row) => ({
      resumeId: row.id,
      candidateName: row.candidate_name,
      fileName: row.original_name,
      headline: row.headline,
      location: row.location,
      years: row.years,
      yearsEstimated: row.years_estimated,
      evaluations: evaluations
        .filter((evaluation) => evaluation.resumeId === row.id)
        .slice(0, 5)
        .map((evaluation) => ({
          jobId: evaluation.jobId,
          jobTitle: evaluation.job.title,
          evaluationId: evaluation.id,
          score: evaluation.score,
          status: evaluation.status,
        })),
    })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
