import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { type CheckResult, checkHealth } from "@/lib/server/health/check-health";

export const metadata: Metadata = { title: "Ops" };

const LABELS = { database: "Database", jobRunner: "Job runner", fileStorage: "File storage" } as const;

function CheckRow({ name, check }: { name: keyof typeof LABELS; check: CheckResult & { mode?: string } }) {
  const ok = check.status === "ok";
  return (
    <li className="flex flex-wrap items-center gap-3 py-2">
      <span className={`inline-flex h-2.5 w-2.5 rounded-full ${ok ? "bg-emerald-500" : "bg-red-500"}`} aria-hidden />
      <span className="w-32 font-medium">{LABELS[name]}</span>
      <span className={ok ? "text-emerald-700" : "text-red-700"}>{ok ? "OK" : "Failing"}</span>
      <span className="text-slate-500 tabular-nums">{check.latencyMs} ms</span>
      {check.mode ? <span className="rounded bg-slate-100 px-2 py-0.5 text-xs">mode: {check.mode}</span> : null}
      {check.detail ? <span className="text-slate-600">{check.detail}</span> : null}
    </li>
  );
}

export default async function OpsPage() {
  await requirePageUser(AREA_ROLES.administration);
  const health = await checkHealth();
  return (
    <>
      <PageHeader title="Operations" description="The runbook's first checks on one screen." />
      <Card title={`Health: ${health.status}`}>
        <ul className="divide-y divide-slate-100 text-sm">
          {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((name) => (
            <CheckRow key={name} name={name} check={health.checks[name]} />
          ))}
        </ul>
      </Card>
    </>
  );
}
