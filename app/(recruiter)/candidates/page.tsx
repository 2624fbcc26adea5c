import type { Metadata } from "next";
import Link from "next/link";
import { loadPageData } from "@/components/load-page-data";
import { StatusBadge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { type SearchCandidatesQuery, searchCandidatesQuerySchema } from "@/lib/schemas/candidates";
import { requirePageUser } from "@/lib/server/auth/session";
import { searchCandidates } from "@/lib/server/candidates/search-candidates";
import { YearsValue } from "@/components/years-value";

export const metadata: Metadata = { title: "Candidates" };

const FIELDS = [
  { key: "name", label: "Name" },
  { key: "skill", label: "Skill" },
  { key: "title", label: "Title" },
  { key: "location", label: "Location" },
] as const;

function pageHref(query: SearchCandidatesQuery, page: number): string {
  const params = new URLSearchParams();
  for (const { key } of FIELDS) if (query[key]) params.set(key, query[key]);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/candidates?${text}` : "/candidates";
}

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser(AREA_ROLES.recruiting);
  const raw = await searchParams;
  const query = searchCandidatesQuerySchema.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])),
  );
  const result = await loadPageData(() => searchCandidates({ db: getDb(), role: user.role, query }));
  return (
    <>
      <PageHeader title="Candidates" description="Every stored candidate across all jobs. Filters live in the address." />
      <form
        method="get"
        action="/candidates"
        className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-5"
        aria-label="Search candidates"
      >
        {FIELDS.map(({ key, label }) => (
          <div key={key}>
            <label htmlFor={`c-${key}`} className="mb-1 block text-xs font-medium text-slate-700">
              {label}
            </label>
            <Input id={`c-${key}`} name={key} defaultValue={query[key] ?? ""} type="search" />
          </div>
        ))}
        <div className="col-span-2 flex items-end gap-2 md:col-span-1">
          <Button type="submit">Search</Button>
          <span className="ml-auto text-sm text-slate-600" data-testid="candidates-total">
            {result.total} {result.total === 1 ? "candidate" : "candidates"}
          </span>
        </div>
      </form>
      {result.items.length === 0 ? (
        <EmptyState title="No candidates found">Change or clear the search; resumes appear here once uploaded to a job.</EmptyState>
      ) : (
        <Table caption="Candidates">
          <THead>
            <tr>
              <Th>Candidate</Th>
              <Th>Title</Th>
              <Th>Location</Th>
              <Th className="text-right">Years</Th>
              <Th>Evaluations</Th>
            </tr>
          </THead>
          <TBody>
            {result.items.map((row) => (
              <tr key={row.resumeId} data-testid="candidate-row">
                <Td className="min-w-40">
                  <span className="font-medium">{row.candidateName ?? row.fileName}</span>
                  {row.candidateName ? <div className="max-w-48 truncate text-xs text-slate-500">{row.fileName}</div> : null}
                </Td>
                <Td label="Title">{row.headline ?? "—"}</Td>
                <Td label="Location">{row.location ?? "—"}</Td>
                <Td label="Years" className="text-right tabular-nums max-sm:text-left">
                  <YearsValue years={row.years} estimated={row.yearsEstimated} />
                </Td>
                <Td label="Evaluations">
                  <ul className="space-y-1 text-sm">
                    {row.evaluations.map((evaluation) => (
                      <li key={evaluation.evaluationId} className="flex items-center gap-2">
                        <Link href={`/shortlists/${evaluation.jobId}/${evaluation.evaluationId}`} className="text-brand-700 underline">
                          {evaluation.jobTitle}
                        </Link>
                        {evaluation.score === null ? (
                          <StatusBadge status={evaluation.status} />
                        ) : (
                          <span className="tabular-nums">{evaluation.score.toFixed(0)}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {result.pageCount > 1 ? (
        <nav className="mt-4 flex items-center gap-2 text-sm" aria-label="Pages">
          {query.page > 1 ? (
            <Link href={pageHref(query, query.page - 1)} className={buttonClasses("secondary")}>
              Previous
            </Link>
          ) : null}
          <span>
            Page {result.page} of {result.pageCount}
          </span>
          {query.page < result.pageCount ? (
            <Link href={pageHref(query, query.page + 1)} className={buttonClasses("secondary")}>
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
