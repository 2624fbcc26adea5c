import type { Metadata } from "next";
import Link from "next/link";
import { loadPageData } from "@/components/load-page-data";
import { Alert } from "@/components/ui/alert";
import { VerdictBadge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { getDb } from "@/lib/db";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { getSkill } from "@/lib/engine/skills/taxonomy";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { getJob } from "@/lib/server/jobs/get-job";
import { blindLabel, isBlindReview } from "@/lib/server/shortlist/blind-review";
import { getCandidatesForCompare } from "@/lib/server/shortlist/get-candidate";

export const metadata: Metadata = { title: "Compare candidates" };

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<{ ids?: string | string[]; back?: string | string[] }>;
}) {
  await requirePageUser(AREA_ROLES.reviewing);
  const { jobId } = await params;
  const { ids: rawIds, back: rawBack } = await searchParams;
  const ids = [...new Set((Array.isArray(rawIds) ? rawIds : rawIds ? rawIds.split(",") : []).map((id) => id.trim()).filter(Boolean))].slice(
    0,
    4,
  );
  const db = getDb();
  const [job, candidates, blind] = await loadPageData(() =>
    Promise.all([getJob({ db, jobId }), getCandidatesForCompare({ db, jobId, evaluationIds: ids }), isBlindReview()]),
  );
  const base = `/shortlists/${job.id}`;
  // Back to the shortlist with the filters it was opened from (only ever a path of this job's shortlist).
  const backParam = Array.isArray(rawBack) ? rawBack[0] : rawBack;
  const backHref = backParam && (backParam === base || backParam.startsWith(`${base}?`)) ? backParam : base;
  const back = (
    <Link href={backHref} className="text-sm text-brand-700 underline">
      ← Back to the shortlist
    </Link>
  );
  if (candidates.length < 2) {
    return (
      <>
        <PageHeader title="Compare candidates" actions={back} />
        <Alert tone="warning">Select 2 to 4 candidates on the shortlist, then press “Compare selected”.</Alert>
      </>
    );
  }
  const requirements = jobRequirementsSchema.safeParse(job.requirements);
  const skillIds = requirements.success
    ? [
        ...requirements.data.mustHaveSkills,
        ...requirements.data.niceToHaveSkills.filter((id) => !requirements.data.mustHaveSkills.includes(id)),
      ]
    : [];
  const mustHave = new Set(requirements.success ? requirements.data.mustHaveSkills : []);
  const componentKeys = candidates[0]?.result?.components.map((component) => ({ key: component.key, label: component.label })) ?? [];
  const names = candidates.map((candidate) =>
    blind ? blindLabel(candidate.evaluationId) : (candidate.candidateName ?? candidate.fileName),
  );

  return (
    <>
      <PageHeader title="Compare candidates" description={job.title} actions={back} />
      <Table caption="Candidates side by side">
        <THead>
          <tr>
            <Th>
              <span className="sr-only">Measure</span>
            </Th>
            {candidates.map((candidate, i) => (
              <Th key={candidate.evaluationId} className="normal-case">
                <Link href={`${base}/${candidate.evaluationId}`} className="text-sm text-brand-700 underline">
                  {names[i]}
                </Link>
              </Th>
            ))}
          </tr>
        </THead>
        <TBody>
          <tr>
            <Th className="text-left" scope="row">
              Score
            </Th>
            {candidates.map((candidate) => (
              <Td key={candidate.evaluationId} className="text-lg font-semibold tabular-nums">
                {candidate.score?.toFixed(1) ?? "—"}
              </Td>
            ))}
          </tr>
          <tr>
            <Th scope="row">Verdict</Th>
            {candidates.map((candidate) => (
              <Td key={candidate.evaluationId}>
                <VerdictBadge verdict={candidate.verdict} />
              </Td>
            ))}
          </tr>
          <tr>
            <Th scope="row">Years</Th>
            {candidates.map((candidate) => (
              <Td key={candidate.evaluationId} className="tabular-nums">
                {candidate.profile ? candidate.profile.totalYearsExperience.toFixed(1) : "—"}
              </Td>
            ))}
          </tr>
          {componentKeys.map((component) => (
            <tr key={component.key}>
              <Th scope="row" className="normal-case">
                {component.label}
              </Th>
              {candidates.map((candidate) => {
                const value = candidate.result?.components.find((c) => c.key === component.key)?.score;
                return (
                  <Td key={candidate.evaluationId}>
                    {value === undefined ? (
                      "—"
                    ) : (
                      <div className="flex items-center gap-2">
                        <span className="w-8 text-right tabular-nums">{Math.round(value * 100)}</span>
                        <div className="h-2 w-24 overflow-hidden rounded bg-slate-200" aria-hidden>
                          <div className="h-full bg-brand-600" style={{ width: `${value * 100}%` }} />
                        </div>
                      </div>
                    )}
                  </Td>
                );
              })}
            </tr>
          ))}
          {skillIds.map((skillId) => (
            <tr key={skillId}>
              <Th scope="row" className="normal-case">
                {getSkill(skillId)?.name ?? skillId}
                <span className="ml-1 text-[11px] font-normal text-slate-500">{mustHave.has(skillId) ? "must" : "nice"}</span>
              </Th>
              {candidates.map((candidate) => {
                const match = [...(candidate.result?.matchedMustHave ?? []), ...(candidate.result?.matchedNiceToHave ?? [])].find(
                  (m) => m.id === skillId,
                );
                return (
                  <Td key={candidate.evaluationId}>
                    {match ? (
                      <span className="text-emerald-800">✓ {match.via === "exact" ? "Yes" : `via ${match.matchedName}`}</span>
                    ) : (
                      <span className="text-rose-800">✗ Missing</span>
                    )}
                  </Td>
                );
              })}
            </tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
