import type { Metadata } from "next";
import Link from "next/link";
import { BlindToggle } from "@/components/blind-toggle";
import { setBlindReviewAction } from "@/app/(manager)/shortlists/actions";
import { formatDateTime } from "@/components/format";
import { loadPageData } from "@/components/load-page-data";
import { firstParam, shortlistHref } from "@/components/shortlist-url";
import { DecisionBadge, VerdictBadge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { ScoreBar } from "@/components/ui/progress";
import { Select } from "@/components/ui/select";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { type ListShortlistQuery, listShortlistQuerySchema, type ShortlistSort, shortlistFilterErrors } from "@/lib/schemas/shortlist";
import { requirePageUser } from "@/lib/server/auth/session";
import { getJob } from "@/lib/server/jobs/get-job";
import { blindLabel, isBlindReview } from "@/lib/server/shortlist/blind-review";
import { listShortlist } from "@/lib/server/shortlist/list-shortlist";
import { ErasureNotice } from "./erasure-notice";
import { BulkDecisionBar, ShortlistKeyboard } from "./shortlist-controls";
import { YearsValue } from "@/components/years-value";

export const metadata: Metadata = { title: "Shortlist" };

type SearchParams = Record<string, string | string[] | undefined>;

function SortHeader({
  base,
  query,
  column,
  label,
  className = "",
}: {
  base: string;
  query: ListShortlistQuery;
  column: ShortlistSort;
  label: string;
  className?: string;
}) {
  const active = query.sort === column;
  const defaultDir = column === "name" || column === "location" ? "asc" : "desc";
  const dir = query.dir ?? defaultDir;
  const nextDir = active ? (dir === "asc" ? "desc" : "asc") : defaultDir;
  return (
    <th
      scope="col"
      className={`whitespace-nowrap px-3 py-2 ${className}`}
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}
    >
      <Link
        href={shortlistHref(base, { ...query, sort: column, dir: nextDir === defaultDir ? undefined : nextDir, page: 1 })}
        className="inline-flex items-center gap-1 hover:text-slate-900"
      >
        {label}
        <span aria-hidden>{active ? (dir === "asc" ? "▲" : "▼") : ""}</span>
      </Link>
    </th>
  );
}

export default async function ShortlistPage({
  params,
  searchParams,
}: {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requirePageUser(AREA_ROLES.reviewing);
  const { jobId } = await params;
  const raw = await searchParams;
  const flat = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, firstParam(value)]));
  const query = listShortlistQuerySchema.parse(flat);
  const filterErrors = shortlistFilterErrors(flat);
  const db = getDb();
  const [job, page, blind] = await loadPageData(() =>
    Promise.all([getJob({ db, jobId }), listShortlist({ db, jobId, query }), isBlindReview()]),
  );
  const base = `/shortlists/${job.id}`;
  const filtered = Boolean(
    query.verdict ||
      query.minScore !== undefined ||
      query.hasSkill ||
      query.missingSkill ||
      query.minYears !== undefined ||
      query.location ||
      query.decision ||
      query.source ||
      query.q,
  );
  const exportHref = shortlistHref(`${base}/export`, { ...query, page: undefined, pageSize: undefined });
  const first = (query.page - 1) * query.pageSize + 1;
  return (
    <>
      <PageHeader
        title={`Shortlist: ${job.title}`}
        description="Completed evaluations, best first. Filters live in the address, so you can share the link."
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <ShortlistKeyboard jobId={job.id} />
            <BlindToggle on={blind} setBlindReviewAction={setBlindReviewAction} />
            <a href={exportHref} className={buttonClasses("secondary")} download>
              Export CSV
            </a>
          </div>
        }
      />
      <ErasureNotice user={user} erased={firstParam(raw.erased)} />
      <form
        method="get"
        action={base}
        className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-4 lg:grid-cols-8"
        aria-label="Filters"
      >
        <div className="col-span-2">
          <label htmlFor="f-q" className="mb-1 block text-xs font-medium text-slate-700">
            Search name or skill
          </label>
          <Input id="f-q" name="q" defaultValue={query.q ?? ""} type="search" />
        </div>
        <div>
          <label htmlFor="f-verdict" className="mb-1 block text-xs font-medium text-slate-700">
            Verdict
          </label>
          <Select id="f-verdict" name="verdict" defaultValue={query.verdict ?? ""}>
            <option value="">Any</option>
            <option value="high">High</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </Select>
        </div>
        <div>
          <label htmlFor="f-min" className="mb-1 block text-xs font-medium text-slate-700">
            Min score
          </label>
          <Input
            id="f-min"
            name="minScore"
            inputMode="numeric"
            defaultValue={filterErrors.minScore ? flat.minScore : (query.minScore ?? "")}
            aria-invalid={filterErrors.minScore ? true : undefined}
            aria-describedby={filterErrors.minScore ? "f-min-error" : undefined}
          />
          {filterErrors.minScore ? (
            <p id="f-min-error" role="alert" className="mt-1 text-xs text-red-700">
              {filterErrors.minScore}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="f-has" className="mb-1 block text-xs font-medium text-slate-700">
            Has skill
          </label>
          <Input id="f-has" name="hasSkill" defaultValue={query.hasSkill ?? ""} />
        </div>
        <div>
          <label htmlFor="f-missing" className="mb-1 block text-xs font-medium text-slate-700">
            Missing must-have
          </label>
          <Input id="f-missing" name="missingSkill" defaultValue={query.missingSkill ?? ""} />
        </div>
        <div>
          <label htmlFor="f-years" className="mb-1 block text-xs font-medium text-slate-700">
            Min years
          </label>
          <Input
            id="f-years"
            name="minYears"
            inputMode="decimal"
            defaultValue={filterErrors.minYears ? flat.minYears : (query.minYears ?? "")}
            aria-invalid={filterErrors.minYears ? true : undefined}
            aria-describedby={filterErrors.minYears ? "f-years-error" : undefined}
          />
          {filterErrors.minYears ? (
            <p id="f-years-error" role="alert" className="mt-1 text-xs text-red-700">
              {filterErrors.minYears}
            </p>
          ) : null}
        </div>
        {blind ? null : (
          <div>
            <label htmlFor="f-location" className="mb-1 block text-xs font-medium text-slate-700">
              Location
            </label>
            <Input id="f-location" name="location" defaultValue={query.location ?? ""} />
          </div>
        )}
        <div>
          <label htmlFor="f-decision" className="mb-1 block text-xs font-medium text-slate-700">
            Decision
          </label>
          <Select id="f-decision" name="decision" defaultValue={query.decision ?? ""}>
            <option value="">Any</option>
            <option value="none">Undecided</option>
            <option value="shortlist">Shortlisted</option>
            <option value="hold">On hold</option>
            <option value="reject">Rejected</option>
          </Select>
        </div>
        <div>
          <label htmlFor="f-source" className="mb-1 block text-xs font-medium text-slate-700">
            Source
          </label>
          <Select id="f-source" name="source" defaultValue={query.source ?? ""}>
            <option value="">All</option>
            <option value="upload">Uploaded for this job</option>
            <option value="rediscovery">Past candidates</option>
          </Select>
        </div>
        {query.sort !== "score" ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.dir ? <input type="hidden" name="dir" value={query.dir} /> : null}
        <div className="col-span-2 flex items-end gap-2 md:col-span-4 lg:col-span-8">
          <Button type="submit">Apply filters</Button>
          {filtered ? (
            <Link href={base} className={buttonClasses("ghost")}>
              Clear
            </Link>
          ) : null}
          <span className="ml-auto text-sm text-slate-600" data-testid="shortlist-total">
            {page.total} {page.total === 1 ? "candidate" : "candidates"}
          </span>
        </div>
      </form>

      {page.items.length === 0 ? (
        <EmptyState title={filtered ? "No candidate matches these filters" : "No completed evaluations yet"}>
          {filtered ? "Loosen a filter or clear them all." : "Candidates appear here as their resumes are scored."}
        </EmptyState>
      ) : (
        <>
          <BulkDecisionBar jobId={job.id} />
          <form method="get" action={`${base}/compare`}>
            <input type="hidden" name="back" value={shortlistHref(base, query)} />
            <Table caption="Ranked candidates">
              <THead>
                <tr>
                  <Th>
                    <span className="sr-only">Select</span>
                  </Th>
                  <Th className="text-right">#</Th>
                  <SortHeader base={base} query={query} column="name" label="Candidate" />
                  <SortHeader base={base} query={query} column="score" label="Score" />
                  <SortHeader base={base} query={query} column="verdict" label="Verdict" />
                  <Th>Top matched</Th>
                  <Th>Missing must-haves</Th>
                  <SortHeader base={base} query={query} column="years" label="Years" className="text-right" />
                  {blind ? null : <SortHeader base={base} query={query} column="location" label="Location" />}
                  <SortHeader base={base} query={query} column="decision" label="Decision" />
                </tr>
              </THead>
              <TBody>
                {page.items.map((row, index) => {
                  const name = blind ? blindLabel(row.evaluationId) : (row.candidateName ?? row.fileName);
                  return (
                    <tr
                      key={row.evaluationId}
                      data-testid="shortlist-row"
                      data-evaluation-id={row.evaluationId}
                      className="data-[current=true]:outline-2 data-[current=true]:-outline-offset-2 data-[current=true]:outline-brand-600"
                    >
                      <Td className="max-sm:inline-block max-sm:w-auto">
                        <input type="checkbox" name="ids" value={row.evaluationId} aria-label={`Select ${name}`} className="h-4 w-4" />
                      </Td>
                      <Td className="text-right tabular-nums text-slate-500 max-sm:inline-block max-sm:w-auto">{first + index}</Td>
                      <Td className="min-w-40">
                        <Link
                          href={`${base}/${row.evaluationId}`}
                          className="font-medium text-brand-700 underline-offset-2 hover:underline"
                        >
                          {name}
                        </Link>
                        {blind || !row.candidateName ? null : (
                          <div className="max-w-48 truncate text-xs text-slate-500">{row.fileName}</div>
                        )}
                      </Td>
                      <Td label="Score">
                        <ScoreBar score={row.score} verdict={row.verdict} />
                      </Td>
                      <Td label="Verdict">
                        <VerdictBadge verdict={row.verdict} />
                      </Td>
                      <Td label="Top matched" className="min-w-40 text-xs">
                        {row.topMatched.join(", ") || "—"}
                      </Td>
                      <Td label="Missing must-haves" className="min-w-40 text-xs text-rose-800">
                        {row.missingMustHave.slice(0, 3).join(", ") || "—"}
                        {row.missingMustHave.length > 3 ? ` +${row.missingMustHave.length - 3}` : ""}
                      </Td>
                      <Td label="Years" className="text-right tabular-nums max-sm:text-left">
                        <YearsValue years={row.years} estimated={row.yearsEstimated} />
                      </Td>
                      {blind ? null : (
                        <Td label="Location" className="min-w-28 text-xs">
                          {row.location ?? "—"}
                        </Td>
                      )}
                      <Td label="Decision">
                        <DecisionBadge decision={row.decision} />
                        {row.decidedAt ? (
                          <div className="mt-0.5 whitespace-nowrap text-[11px] text-slate-500">{formatDateTime(row.decidedAt)}</div>
                        ) : null}
                      </Td>
                    </tr>
                  );
                })}
              </TBody>
            </Table>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <Button type="submit" variant="secondary">
                Compare selected
              </Button>
              <span className="text-xs text-slate-600">Pick 2–4 candidates to compare, or any number to decide on together (above).</span>
              <nav aria-label="Pagination" className="ml-auto flex items-center gap-2 text-sm">
                {query.page > 1 ? (
                  <Link href={shortlistHref(base, { ...query, page: query.page - 1 })} className={buttonClasses("secondary")} rel="prev">
                    Previous
                  </Link>
                ) : null}
                <span className="tabular-nums">
                  Page {query.page} of {page.pageCount}
                </span>
                {query.page < page.pageCount ? (
                  <Link href={shortlistHref(base, { ...query, page: query.page + 1 })} className={buttonClasses("secondary")} rel="next">
                    Next
                  </Link>
                ) : null}
              </nav>
            </div>
          </form>
        </>
      )}
    </>
  );
}
