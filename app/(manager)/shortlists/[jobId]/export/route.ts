import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema } from "@/lib/schemas/jobs";
import { listShortlistQuerySchema } from "@/lib/schemas/shortlist";
import { writeAuditLog } from "@/lib/server/audit";
import { withAuth } from "@/lib/server/http/route-handler";
import { getJob } from "@/lib/server/jobs/get-job";
import { blindLabel, isBlindReview } from "@/lib/server/shortlist/blind-review";
import { redactShortlistNotes } from "@/lib/server/shortlist/redact-shortlist-notes";
import { toShortlistCsv } from "@/lib/server/shortlist/shortlist-csv";
import { loadShortlistReports } from "@/lib/server/shortlist/shortlist-reports";
import { listShortlistForExport } from "@/lib/server/shortlist/list-shortlist";

/** CSV of the filtered shortlist in its current order (same query string as the page); audited. */
export const GET = withAuth<{ jobId: string }>(
  async ({ request, params, user, requestId }) => {
    const { jobId } = jobIdParamsSchema.parse(params);
    const query = listShortlistQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    const db = getDb();
    const [job, rows, blind] = await Promise.all([getJob({ db, jobId }), listShortlistForExport({ db, jobId, query }), isBlindReview()]);
    const reports = await loadShortlistReports({ db, jobId, rows, blind });
    const csv = toShortlistCsv(blind ? await redactShortlistNotes({ db, rows }) : rows, { blind, label: blindLabel, reports });
    await writeAuditLog(db, {
      actorId: user.id,
      action: "shortlist.exported",
      targetType: "job",
      targetId: jobId,
      metadata: { rows: rows.length, blind, query: Object.fromEntries(request.nextUrl.searchParams) },
      requestId,
    });
    const fileName = `shortlist-${
      job.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 60) || "job"
    }.csv`;
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  },
  { roles: AREA_ROLES.reviewing },
);
