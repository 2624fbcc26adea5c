import type { Metadata } from "next";
import { Metric } from "@/components/ui/metric";
import { AutoRefresh } from "@/components/auto-refresh";
import { formatMs } from "@/components/format";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AREA_ROLES } from "@/lib/schemas/access";
import { QUEUE_THRESHOLDS } from "@/lib/schemas/ops";
import { requirePageUser } from "@/lib/server/auth/session";
import { type CheckResult, checkHealth } from "@/lib/server/health/check-health";
import { getInfrastructure } from "@/lib/server/ops/get-infrastructure";
import { getOpsOverview } from "@/lib/server/ops/get-ops-overview";
import { FailedTable } from "./failed-table";
import { InfrastructureCard } from "./infrastructure-card";
import { PurgeQueue } from "./purge-queue";

export const metadata: Metadata = { title: "Ops" };

const LABELS = { database: "Database", jobRunner: "Job runner", fileStorage: "File storage" } as const;

function CheckRow({ name, check }: { name: keyof typeof LABELS; check: CheckResult & { mode?: string } }) {
  const ok = check.status === "ok";
  return (
    <li className="flex flex-wrap items-center gap-3 py-2">
      <span className={`inline-flex h-2.5 w-2.5 rounded-full ${ok ? "bg-emerald-500" : "bg-red-500"}`} aria-hidden />
      <span className="w-32 font-medium">{LABELS[name]}</span>
      <span className={ok ? "text-emerald-700" : "text-red-700"}>{ok ? "OK" : "Failing"}</span>
      <span className="text-slate-600 tabular-nums">{check.latencyMs} ms</span>
      {check.mode ? <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">mode: {check.mode}</span> : null}
      {check.detail ? <span className="text-slate-600">{check.detail}</span> : null}
    </li>
  );
}

export default async function OpsPage() {
  await requirePageUser(AREA_ROLES.administration);
  const [health, ops, infra] = await Promise.all([
    checkHealth(),
    getOpsOverview({ db: getDb() }),
    getInfrastructure({ db: getDb(), storageDir: getEnv().storageDir }),
  ]);
  const queueTone = ops.queueLevel === "critical" ? "text-red-700" : ops.queueLevel === "warning" ? "text-amber-700" : "text-slate-900";
  return (
    <>
      <PageHeader title="Operations" description="The runbook's checks on one screen. Refreshes on its own while work is queued." />
      <AutoRefresh active={ops.queued + ops.processing > 0} intervalMs={3000} />
      <div className="space-y-6">
        <Card title={`Health: ${health.status}`}>
          <ul className="divide-y divide-slate-100 text-sm">
            {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((name) => (
              <CheckRow key={name} name={name} check={health.checks[name]} />
            ))}
          </ul>
        </Card>
        {ops.queueLevel !== "ok" ? (
          <Alert tone={ops.queueLevel === "critical" ? "error" : "warning"}>
            Queue depth is {ops.queueLevel}: {ops.queued} evaluations queued (warning at {QUEUE_THRESHOLDS.warning}, critical at{" "}
            {QUEUE_THRESHOLDS.critical}). Check the runner above; scale out or purge if the backlog is not shrinking.
          </Alert>
        ) : null}
        {ops.stranded ? (
          <Alert tone="warning">
            {ops.stranded} queued {ops.stranded === 1 ? "evaluation has" : "evaluations have"} not reached Inngest (the send failed, or no
            run started within 10 minutes). The sweep-queued function sends them again every 5 minutes; if this number does not drop, check
            that the Inngest server is up and the app is synced with it.
          </Alert>
        ) : null}
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-5" aria-label="Queue and throughput">
          <Metric
            label="Queued"
            value={String(ops.queued)}
            note={`warning ≥ ${QUEUE_THRESHOLDS.warning} · critical ≥ ${QUEUE_THRESHOLDS.critical}`}
            tone={queueTone}
          />
          <Metric label="Processing" value={String(ops.processing)} />
          <Metric label="Completed, last hour" value={String(ops.completedLastHour)} />
          <Metric label="p95 duration, last hour" value={formatMs(ops.p95DurationMs)} note={`p50 ${formatMs(ops.p50DurationMs)}`} />
          <Metric label="Failed" value={String(ops.failed)} tone={ops.failed ? "text-red-700" : "text-slate-900"} />
        </dl>
        <Card title="Queue">
          <PurgeQueue queued={ops.queued} />
        </Card>
        <Card title={`Failed evaluations (${ops.failed})`}>
          <FailedTable rows={ops.failedRows} />
        </Card>
        <InfrastructureCard infra={infra} />
      </div>
    </>
  );
}
