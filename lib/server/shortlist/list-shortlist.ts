import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { getTaxonomy } from "@/lib/engine/skills/taxonomy";
import { YEARS_ESTIMATED_SQL, YEARS_SQL } from "@/lib/server/shortlist/profile-years";
import type { ListShortlistQuery, ShortlistPage, ShortlistRow, ShortlistSort } from "@/lib/schemas/shortlist";

// One SQL statement per page, in two phases: the filtered, sorted ids of one
// job's completed rows (with the total from a window count) are found first with
// only the columns the filters and the sort need; the display columns (JSON
// extracts, latest decision, reviewer) are computed for the page's rows alone.
// Skill filters are JSONB containment tests on the stored profile / breakdown,
// with the typed skill resolved to taxonomy ids first, so no second table has to
// be kept in sync with the engine's output.

const SORT_SQL: Record<ShortlistSort, { expr: Prisma.Sql; defaultDir: "asc" | "desc" }> = {
  score: { expr: Prisma.sql`e.score`, defaultDir: "desc" },
  name: { expr: Prisma.sql`lower(coalesce(r.candidate_name, r.original_name))`, defaultDir: "asc" },
  years: { expr: YEARS_SQL, defaultDir: "desc" },
  location: { expr: Prisma.sql`lower(r.profile->'contact'->>'location')`, defaultDir: "asc" },
  verdict: { expr: Prisma.sql`CASE e.verdict WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 END`, defaultDir: "desc" },
  decision: { expr: Prisma.sql`CASE d.decision WHEN 'shortlist' THEN 3 WHEN 'hold' THEN 2 WHEN 'reject' THEN 1 END`, defaultDir: "desc" },
  uploaded: { expr: Prisma.sql`e.queued_at`, defaultDir: "desc" },
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Taxonomy ids for a typed skill: its id or its exact name (case-insensitive); the text itself when unknown. */
function resolveSkillIds(text: string): string[] {
  const needle = text.trim().toLowerCase();
  const taxonomy = getTaxonomy();
  if (taxonomy.byId.has(needle)) return [needle];
  const byName = taxonomy.skills
    .filter((skill) => skill.name.toLowerCase() === needle || skill.aliases.some((alias) => alias.toLowerCase() === needle))
    .map((skill) => skill.id);
  return byName.length > 0 ? byName : [needle];
}

/** Taxonomy ids whose name contains the search text (for the free-text search over skills). */
function skillIdsMatching(text: string): string[] {
  const needle = text.trim().toLowerCase();
  if (needle.length < 2) return [];
  return getTaxonomy()
    .skills.filter((skill) => skill.name.toLowerCase().includes(needle))
    .slice(0, 50)
    .map((skill) => skill.id);
}

function containsAnyId(column: Prisma.Sql, ids: string[]): Prisma.Sql {
  const patterns = ids.map((id) => JSON.stringify([{ id }]));
  return Prisma.sql`${column} @> ANY (${patterns}::jsonb[])`;
}

function filterSql(query: ListShortlistQuery): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (query.verdict) where.push(Prisma.sql`e.verdict = ${query.verdict}::"Verdict"`);
  if (query.minScore !== undefined) where.push(Prisma.sql`e.score >= ${query.minScore}`);
  if (query.minYears !== undefined) where.push(Prisma.sql`coalesce(${YEARS_SQL}, 0) >= ${query.minYears}`);
  if (query.location) where.push(Prisma.sql`r.profile->'contact'->>'location' ILIKE ${`%${escapeLike(query.location)}%`}`);
  if (query.hasSkill) where.push(containsAnyId(Prisma.sql`(r.profile->'skills')`, resolveSkillIds(query.hasSkill)));
  if (query.missingSkill) where.push(containsAnyId(Prisma.sql`(e.breakdown->'missingMustHave')`, resolveSkillIds(query.missingSkill)));
  if (query.decision === "none") where.push(Prisma.sql`d.decision IS NULL`);
  else if (query.decision) where.push(Prisma.sql`d.decision = ${query.decision}::"DecisionKind"`);
  if (query.source) where.push(Prisma.sql`e.source = ${query.source}::"EvaluationSource"`);
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    const skillIds = skillIdsMatching(query.q);
    where.push(
      skillIds.length > 0
        ? Prisma.sql`(r.candidate_name ILIKE ${like} OR r.original_name ILIKE ${like} OR ${containsAnyId(Prisma.sql`(r.profile->'skills')`, skillIds)})`
        : Prisma.sql`(r.candidate_name ILIKE ${like} OR r.original_name ILIKE ${like})`,
    );
  }
  return where;
}

type RawRow = {
  evaluation_id: string;
  resume_id: string;
  candidate_name: string | null;
  original_name: string;
  score: number;
  verdict: "high" | "medium" | "low";
  years: number | null;
  years_estimated: boolean;
  location: string | null;
  top_matched: string[] | null;
  missing_must_have: string[] | null;
  decision: "shortlist" | "hold" | "reject" | null;
  decision_note: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  total: bigint;
};

const LATEST_DECISION = Prisma.sql`LEFT JOIN LATERAL (
      SELECT dd.decision, dd.note, dd.created_at, dd.reviewer_id FROM decisions dd
      WHERE dd.evaluation_id = e.id ORDER BY dd.created_at DESC LIMIT 1
    ) d ON true`;

/** Builds the two-phase SELECT; `page` null means every matching row (CSV export). */
function shortlistSql(jobId: string, query: ListShortlistQuery, page: { limit: number; offset: number } | null): Prisma.Sql {
  const sort = SORT_SQL[query.sort];
  const dir = (query.dir ?? sort.defaultDir) === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const filters = filterSql(query);
  const where = Prisma.join(
    [Prisma.sql`e.job_id = ${jobId}`, Prisma.sql`e.status = 'completed'`, Prisma.sql`e.score IS NOT NULL`, ...filters],
    " AND ",
  );
  // The decision lookup and the resume row are only needed in the first phase when they filter or sort.
  const needsDecision = query.decision !== undefined || query.sort === "decision";
  const needsResume =
    query.minYears !== undefined ||
    Boolean(query.location || query.hasSkill || query.q) ||
    query.sort === "name" ||
    query.sort === "years" ||
    query.sort === "location";
  const paging = page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  return Prisma.sql`
    WITH page AS (
      SELECT e.id, count(*) OVER () AS total
      FROM evaluations e
      ${needsResume ? Prisma.sql`JOIN resumes r ON r.id = e.resume_id` : Prisma.empty}
      ${needsDecision ? LATEST_DECISION : Prisma.empty}
      WHERE ${where}
      ORDER BY ${sort.expr} ${dir} NULLS LAST, e.id ASC
      ${paging}
    )
    SELECT e.id AS evaluation_id, e.resume_id, r.candidate_name, r.original_name, e.score, e.verdict,
      ${YEARS_SQL} AS years, ${YEARS_ESTIMATED_SQL} AS years_estimated,
      r.profile->'contact'->>'location' AS location,
      ARRAY(SELECT x->>'name' FROM jsonb_array_elements(coalesce(e.breakdown->'matchedMustHave', '[]'::jsonb)) x LIMIT 3) AS top_matched,
      ARRAY(SELECT x->>'name' FROM jsonb_array_elements(coalesce(e.breakdown->'missingMustHave', '[]'::jsonb)) x) AS missing_must_have,
      d.decision, d.note AS decision_note, d.created_at AS decided_at, u.name AS decided_by,
      p.total
    FROM page p
    JOIN evaluations e ON e.id = p.id
    JOIN resumes r ON r.id = e.resume_id
    ${LATEST_DECISION}
    LEFT JOIN users u ON u.id = d.reviewer_id
    ORDER BY ${sort.expr} ${dir} NULLS LAST, e.id ASC`;
}

function toRow(row: RawRow): ShortlistRow {
  return {
    evaluationId: row.evaluation_id,
    resumeId: row.resume_id,
    candidateName: row.candidate_name,
    fileName: row.original_name,
    score: row.score,
    verdict: row.verdict,
    years: row.years,
    yearsEstimated: row.years_estimated,
    location: row.location,
    topMatched: row.top_matched ?? [],
    missingMustHave: row.missing_must_have ?? [],
    decision: row.decision,
    decisionNote: row.decision_note,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by,
  };
}

async function assertJob(db: PrismaClient, jobId: string): Promise<void> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { id: true } });
  if (!job) throw new AppError("NOT_FOUND", "This job does not exist.");
}

/** One page of a job's ranked, filtered shortlist (completed evaluations only). */
export async function listShortlist(options: { db: PrismaClient; jobId: string; query: ListShortlistQuery }): Promise<ShortlistPage> {
  const { db, jobId, query } = options;
  const offset = (query.page - 1) * query.pageSize;
  const rows = await db.$queryRaw<RawRow[]>(shortlistSql(jobId, query, { limit: query.pageSize, offset }));
  // Rows prove the job exists; only an empty page needs the extra lookup to tell "no job" from "no matches".
  if (rows.length === 0) await assertJob(db, jobId);
  let total = rows[0] ? Number(rows[0].total) : 0;
  // A page past the end has no rows to carry the window count: count separately.
  if (rows.length === 0 && query.page > 1) {
    const all = await db.$queryRaw<RawRow[]>(shortlistSql(jobId, { ...query, page: 1 }, { limit: 1, offset: 0 }));
    total = all[0] ? Number(all[0].total) : 0;
  }
  return {
    items: rows.map(toRow),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/** Every row of the filtered shortlist in the current order, for the CSV export (capped). */
export async function listShortlistForExport(options: {
  db: PrismaClient;
  jobId: string;
  query: ListShortlistQuery;
  max?: number;
}): Promise<ShortlistRow[]> {
  const { db, jobId, query } = options;
  await assertJob(db, jobId);
  const rows = await db.$queryRaw<RawRow[]>(shortlistSql(jobId, query, { limit: options.max ?? 50_000, offset: 0 }));
  return rows.map(toRow);
}
