import type { Metadata } from "next";
import { Metric } from "@/components/ui/metric";
import Link from "next/link";
import { AutoRefresh } from "@/components/auto-refresh";
import { loadPageData } from "@/components/load-page-data";
import { Badge, StatusBadge, VerdictBadge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Progress } from "@/components/ui/progress";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { listShortlistQuerySchema } from "@/lib/schemas/shortlist";
import { requirePageUser } from "@/lib/server/auth/session";
import { getJob } from "@/lib/server/jobs/get-job";
import { PastCandidatesButton } from "./past-candidates-button";
import { ReuploadButton } from "./reupload-button";
import { getJobCounts } from "@/lib/server/jobs/get-job-counts";
import { getJobDashboardExtras } from "@/lib/server/jobs/get-job-dashboard";
import { blindLabel, isBlindReview } from "@/lib/server/shortlist/blind-review";
import { listShortlist } from "@/lib/server/shortlist/list-shortlist";

export const metadata: Metadata = { title: "Job dashboard" };

function Histogram({ buckets }: { buckets: number[] }) {
  const max = Math.max(1, ...buckets);
  return (
    <figure>
      <div
        className="flex h-40 items-end gap-1"
        role="img"
        aria-label={`Score histogram: ${buckets.map((n, i) => `${i * 10}–${i * 10 + 9}: ${n}`).join(", ")}`}
      >
        {buckets.map((n, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: buckets are fixed positions (0–9, 10–19 …), never reordered
          <div key={i} className="flex h-full flex-1 flex-col justify-end">
            <span className="text-center text-xs tabular-nums text-slate-600">{n || ""}</span>
            <div
              className={`${i >= 7 ? "bg-emerald-500" : i >= 4 ? "bg-amber-400" : "bg-rose-400"} rounded-t`}
              style={{ height: `${(n / max) * 85}%` }}
            />
          </div>
        ))}
      </div>
      <div className="mt-1 flex gap-1 text-center text-[11px] text-slate-600" aria-hidden>
        {buckets.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: buckets are fixed positions, never reordered
          <span key={i} className="flex-1">
            {i * 10}
          </span>
        ))}
      </div>
      <figcaption className="mt-1 text-xs text-slate-600">Completed evaluations by score (buckets of 10 points).</figcaption>
    </figure>
  );
}

const TOP_CANDIDATES = 10;

export default async function JobDashboardPage({ params }: { params: Promise<{ jobId: string }> }) {
  await requirePageUser(AREA_ROLES.recruiting);
  const { jobId } = await params;
  const db = getDb();
  const [job, counts, extras, top, blind] = await loadPageData(() =>
    Promise.all([
      getJob({ db, jobId }),
      getJobCounts({ db, jobId }),
      getJobDashboardExtras({ db, jobId }),
      listShortlist({ db, jobId, query: listShortlistQuerySchema.parse({ pageSize: TOP_CANDIDATES }) }),
      isBlindReview(),
    ]),
  );
  const active = counts.byStatus.queued + counts.byStatus.processing > 0 || extras.rescore.stale > 0;
  const verdictTotal = counts.byVerdict.high + counts.byVerdict.medium + counts.byVerdict.low;
  return (
    <>
      <PageHeader
        title={job.title}
        description={`${job.status === "open" ? "Open" : "Closed"} job · requirements revision ${job.requirementsRevision}${job.sourceFileName ? ` · from ${job.sourceFileName}` : ""}`}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/jobs/${job.id}/upload`} className={buttonClasses("primary")}>
              Upload resumes
            </Link>
            <Link href={`/jobs/${job.id}/requirements`} className={buttonClasses("secondary")}>
              Edit requirements
            </Link>
            <Link href={`/shortlists/${job.id}`} className={buttonClasses("secondary")}>
              Shortlist
            </Link>
          </div>
        }
      />
      <AutoRefresh active={active} />
      <div className="space-y-6">
        {job.status === "open" ? <PastCandidatesButton jobId={job.id} /> : null}
        {extras.rescore.stale > 0 ? (
          <Card title="Re-scoring after a requirements change">
            <p className="mb-2 text-sm text-slate-700" data-testid="rescore-progress">
              {extras.rescore.completed - extras.rescore.stale} of {extras.rescore.completed} evaluations re-scored
            </p>
            <Progress value={extras.rescore.completed - extras.rescore.stale} max={extras.rescore.completed} label="Re-scoring progress" />
          </Card>
        ) : null}
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-5" aria-label="Evaluation counts">
          <Metric label="Resumes" value={counts.total} />
          <Metric label="Queued" value={counts.byStatus.queued} />
          <Metric label="Processing" value={counts.byStatus.processing} />
          <Metric label="Completed" value={counts.byStatus.completed} tone="text-emerald-700" />
          <Metric label="Failed" value={counts.byStatus.failed} tone={counts.byStatus.failed ? "text-red-700" : "text-slate-900"} />
        </dl>
        {counts.total === 0 ? (
          <EmptyState
            title="No resumes yet"
            action={
              <Link href={`/jobs/${job.id}/upload`} className={buttonClasses("primary")}>
                Upload resumes
              </Link>
            }
          >
            Upload resumes to score them against this job
            {job.status === "open" ? ", or find matches among resumes stored for other jobs" : ""}.
          </EmptyState>
        ) : (
          <div className="grid gap-6 lg:grid-cols-3">
            <Card title="Score distribution" className="lg:col-span-2">
              <Histogram buckets={extras.histogram} />
            </Card>
            <Card title="Verdicts">
              <ul className="space-y-3 text-sm">
                {(["high", "medium", "low"] as const).map((verdict) => (
                  <li key={verdict}>
                    <div className="mb-1 flex justify-between">
                      <span className="capitalize">{verdict}</span>
                      <span className="tabular-nums">{counts.byVerdict[verdict]}</span>
                    </div>
                    <Progress value={counts.byVerdict[verdict]} max={verdictTotal || 1} label={`${verdict} verdicts`} />
                  </li>
                ))}
              </ul>
            </Card>
          </div>
        )}
        {top.items.length > 0 ? (
          <Card
            title="Top candidates"
            actions={
              <Link href={`/shortlists/${job.id}`} className="text-sm text-brand-700 underline">
                Open the full shortlist ({top.total})
              </Link>
            }
          >
            <ol className="divide-y divide-slate-100" aria-label="Top candidates">
              {top.items.map((row, index) => (
                <li key={row.evaluationId} className="flex items-center gap-3 py-2 text-sm">
                  <span className="w-6 text-right tabular-nums text-slate-500">{index + 1}</span>
                  <Link
                    href={`/shortlists/${job.id}/${row.evaluationId}`}
                    className="min-w-0 flex-1 truncate font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {blind ? blindLabel(row.evaluationId) : (row.candidateName ?? row.fileName)}
                  </Link>
                  <span className="tabular-nums">{row.score.toFixed(1)}</span>
                  <VerdictBadge verdict={row.verdict} />
                </li>
              ))}
            </ol>
          </Card>
        ) : null}
        {extras.inProgress.length > 0 ? (
          <Card title={`In progress (${counts.byStatus.queued + counts.byStatus.processing})`}>
            <Table caption="Evaluations in progress">
              <THead>
                <tr>
                  <Th>File</Th>
                  <Th>Status</Th>
                  <Th>Stage</Th>
                  <Th className="text-right">Attempts</Th>
                </tr>
              </THead>
              <TBody>
                {extras.inProgress.map((row) => (
                  <tr key={row.evaluationId}>
                    <Td className="max-w-xs truncate font-medium">{row.fileName}</Td>
                    <Td label="Status">
                      <StatusBadge status={row.status} />
                    </Td>
                    <Td label="Stage">{row.stage ?? "—"}</Td>
                    <Td label="Attempts" className="text-right tabular-nums max-sm:text-left">
                      {row.attempts}
                    </Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          </Card>
        ) : null}
        {extras.failed.length > 0 ? (
          <Card title={`Failed (${counts.byStatus.failed})`}>
            <Table caption="Failed evaluations">
              <THead>
                <tr>
                  <Th>File</Th>
                  <Th>Stage</Th>
                  <Th>Reason</Th>
                  <Th className="text-right">Attempts</Th>
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                </tr>
              </THead>
              <TBody>
                {extras.failed.map((row) => (
                  <tr key={row.evaluationId}>
                    <Td className="max-w-xs truncate font-medium">{row.fileName}</Td>
                    <Td label="Stage">
                      <Badge tone="danger">{row.failedStage ?? "unknown"}</Badge>
                    </Td>
                    <Td label="Reason">{row.errorMessage ?? "No reason recorded."}</Td>
                    <Td label="Attempts" className="text-right tabular-nums max-sm:text-left">
                      {row.attempts}
                    </Td>
                    <Td>
                      <ReuploadButton jobId={job.id} evaluationId={row.evaluationId} fileName={row.fileName} />
                    </Td>
                  </tr>
                ))}
              </TBody>
            </Table>
          </Card>
        ) : null}
      </div>
    </>
  );
}
