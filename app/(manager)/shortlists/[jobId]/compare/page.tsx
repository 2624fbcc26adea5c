import type { Metadata } from "next";
import Link from "next/link";
import { loadPageData } from "@/components/load-page-data";
import { Alert } from "@/components/ui/alert";
import { VerdictBadge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { getDb } from "@/lib/db";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { customSkillName } from "@/lib/engine/score/custom-skill-id";
import { getSkill } from "@/lib/engine/skills/taxonomy";
import { AREA_ROLES } from "@/lib/schemas/access";
import { listShortlistQuerySchema } from "@/lib/schemas/shortlist";
import { requirePageUser } from "@/lib/server/auth/session";
import { getJob } from "@/lib/server/jobs/get-job";
import { blindLabel, isBlindReview } from "@/lib/server/shortlist/blind-review";
import { getCandidatesForCompare } from "@/lib/server/shortlist/get-candidate";
import { listShortlist } from "@/lib/server/shortlist/list-shortlist";
import { YearsValue } from "@/components/years-value";

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
    const only = candidates[0];
    const others = only
      ? (await listShortlist({ db, jobId, query: listShortlistQuerySchema.parse({}) })).items.filter(
          (row) => row.evaluationId !== only.evaluationId,
        )
      : [];
    return (
      <>
        <PageHeader title="Compare candidates" description={job.title} actions={back} />
        {only ? (
          <SecondCandidatePicker
            base={base}
            backHref={backHref}
            only={{ evaluationId: only.evaluationId, name: blind ? blindLabel(only.evaluationId) : (only.candidateName ?? only.fileName) }}
            others={others.map((row) => ({
              evaluationId: row.evaluationId,
              name: blind ? blindLabel(row.evaluationId) : (row.candidateName ?? row.fileName),
              score: row.score,
            }))}
          />
        ) : (
          <Alert tone="warning">Select 2 to 4 candidates on the shortlist, then press “Compare selected”.</Alert>
        )}
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
            {candidates.map((candidate, i) => (
              <Td key={candidate.evaluationId} label={names[i]} className="text-lg font-semibold tabular-nums">
                {candidate.score?.toFixed(1) ?? "—"}
              </Td>
            ))}
          </tr>
          <tr>
            <Th scope="row">Verdict</Th>
            {candidates.map((candidate, i) => (
              <Td key={candidate.evaluationId} label={names[i]}>
                <VerdictBadge verdict={candidate.verdict} />
              </Td>
            ))}
          </tr>
          <tr>
            <Th scope="row">Years</Th>
            {candidates.map((candidate, i) => (
              <Td key={candidate.evaluationId} label={names[i]} className="tabular-nums">
                <YearsValue
                  years={candidate.profile ? candidate.profile.totalYearsExperience || (candidate.profile.estimatedYears ?? 0) : null}
                  estimated={
                    !!candidate.profile && candidate.profile.totalYearsExperience === 0 && candidate.profile.estimatedYears !== undefined
                  }
                />
              </Td>
            ))}
          </tr>
          {componentKeys.map((component) => (
            <tr key={component.key}>
              <Th scope="row" className="normal-case">
                {component.label}
              </Th>
              {candidates.map((candidate, i) => {
                const value = candidate.result?.components.find((c) => c.key === component.key)?.score;
                return (
                  <Td key={candidate.evaluationId} label={names[i]}>
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
                {getSkill(skillId)?.name ?? customSkillName(skillId) ?? skillId}
                <span className="ml-1 text-[11px] font-normal text-slate-500">{mustHave.has(skillId) ? "must" : "nice"}</span>
              </Th>
              {candidates.map((candidate, i) => {
                const match = [...(candidate.result?.matchedMustHave ?? []), ...(candidate.result?.matchedNiceToHave ?? [])].find(
                  (m) => m.id === skillId,
                );
                return (
                  <Td key={candidate.evaluationId} label={names[i]}>
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

/** Compare opened with one candidate: pick the second one here instead of going back. */
function SecondCandidatePicker({
  base,
  backHref,
  only,
  others,
}: {
  base: string;
  backHref: string;
  only: { evaluationId: string; name: string };
  others: { evaluationId: string; name: string; score: number }[];
}) {
  const href = (id: string) => `${base}/compare?${new URLSearchParams({ ids: `${only.evaluationId},${id}`, back: backHref })}`;
  return (
    <section aria-labelledby="pick-second" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="pick-second" className="text-base font-semibold">
        Compare {only.name} with…
      </h2>
      <p className="mb-3 text-sm text-slate-600">Pick a second candidate (the best scores of the shortlist first).</p>
      {others.length === 0 ? (
        <p className="text-sm text-slate-600">There is no other scored candidate for this job yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Second candidate">
          {others.map((row) => (
            <li key={row.evaluationId} className="flex items-center justify-between gap-3 py-2 text-sm">
              <Link href={href(row.evaluationId)} className="text-brand-700 underline">
                {row.name}
              </Link>
              <span className="tabular-nums text-slate-600">{row.score.toFixed(1)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
