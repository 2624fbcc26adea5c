import type { Metadata } from "next";
import Link from "next/link";
import { BlindToggle } from "@/components/blind-toggle";
import { setBlindReviewAction } from "@/app/(manager)/shortlists/actions";
import { EvidenceLink } from "@/components/evidence-link";
import { formatDateTime } from "@/components/format";
import { type Highlight, matchLength } from "@/components/highlighted-text";
import { loadPageData } from "@/components/load-page-data";
import { Alert } from "@/components/ui/alert";
import { Badge, DecisionBadge, StatusBadge, VerdictBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { DECISION_LABELS } from "@/lib/schemas/decisions";
import { requirePageUser } from "@/lib/server/auth/session";
import { listDecisions } from "@/lib/server/decisions/list-decisions";
import { summarizeCandidateData } from "@/lib/server/privacy/summarize-candidate-data";
import { blindLabel, isBlindReview } from "@/lib/server/shortlist/blind-review";
import { getCandidate } from "@/lib/server/shortlist/get-candidate";
import { getShortlistNeighbours } from "@/lib/server/shortlist/get-neighbours";
import { resumeSkillLists } from "@/lib/server/shortlist/resume-skills";
import { blindRedactor, redactEvaluationResult } from "@/lib/server/shortlist/redact-blind";
import { loadJobRequirements, readEvaluationReport, redactExplanation } from "@/lib/server/evaluations/explain-evaluation";
import { CandidateFeedbackPanel } from "./candidate-feedback-panel";
import { CandidateTabs } from "./candidate-tabs";
import { CandidateDataPanel } from "./candidate-data-panel";
import { DecisionForm } from "./decision-form";
import { DocumentView } from "./document-view";
import { ExplanationPanel } from "./explanation-panel";
import { OcrNotice } from "./ocr-notice";
import { ResumeSkills } from "./resume-skills";
import { HiddenTextNotice, ScoringNotes } from "./scoring-notes";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidatePage({ params }: { params: Promise<{ jobId: string; evaluationId: string }> }) {
  const user = await requirePageUser(AREA_ROLES.reviewing);
  const { jobId, evaluationId } = await params;
  const db = getDb();
  const [candidate, history, blind, neighbours, requirements] = await loadPageData(() =>
    Promise.all([
      getCandidate({ db, jobId, evaluationId }),
      listDecisions({ db, jobId, evaluationId }),
      isBlindReview(),
      getShortlistNeighbours({ db, jobId, evaluationId }),
      loadJobRequirements({ db, jobId }),
    ]),
  );
  const { profile } = candidate;
  // Blind review: every text below is redacted here, on the server, before it is rendered.
  const redact = blind ? blindRedactor(profile, candidate.candidateName) : null;
  const text = candidate.text && redact ? redact(candidate.text) : candidate.text;
  const result = candidate.result && redact ? redactEvaluationResult(candidate.result, redact) : candidate.result;
  // The manager's explanation is derived from the stored result, then redacted like every other text.
  const report = candidate.result
    ? readEvaluationReport({ breakdown: candidate.result, requirements, profile, text: candidate.text })
    : null;
  const explanation = report && redact ? redactExplanation(report.explanation, redact) : (report?.explanation ?? null);
  const decisions = redact ? history.map((entry) => ({ ...entry, note: entry.note ? redact(entry.note) : null })) : history;
  const name = blind ? blindLabel(candidate.evaluationId) : (candidate.candidateName ?? candidate.fileName);
  const matched = result ? [...result.matchedMustHave, ...result.matchedNiceToHave] : [];
  const highlights: Highlight[] = text
    ? matched.flatMap((skill) =>
        skill.evidence.map((evidence) => ({
          offset: evidence.offset,
          // Evaluations stored before the engine recorded the matched length have none: estimate it.
          length: evidence.length ?? matchLength(text, evidence.offset, [skill.matchedName, skill.name]),
          label: skill.name,
        })),
      )
    : [];
  const contact = profile?.contact;
  const current = decisions[0]?.decision ?? null;
  const base = `/shortlists/${candidate.jobId}`;
  const previousHref = neighbours.previousId ? `${base}/${neighbours.previousId}` : null;
  const nextHref = neighbours.nextId ? `${base}/${neighbours.nextId}` : null;
  // Export and erasure are for recruiting roles only (the route and the action refuse anyone else too).
  const dataSummary = AREA_ROLES.recruiting.some((role) => role === user.role)
    ? await summarizeCandidateData({ db, resumeId: candidate.resumeId })
    : null;

  return (
    <>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <nav aria-label="Breadcrumb">
          <Link href={base} className="text-brand-700 underline">
            ← Shortlist: {candidate.jobTitle}
          </Link>
        </nav>
        <nav aria-label="Candidates" className="flex gap-3">
          {previousHref ? (
            <Link href={previousHref} className="text-brand-700 underline" rel="prev">
              Previous candidate
            </Link>
          ) : null}
          {nextHref ? (
            <Link href={nextHref} className="text-brand-700 underline" rel="next">
              Next candidate
            </Link>
          ) : null}
        </nav>
      </div>
      <PageHeader
        title={name}
        description={
          blind
            ? "Blind review: name, contact details, links, places and schools are hidden."
            : [profile?.headline, contact?.location].filter(Boolean).join(" · ") || candidate.fileName
        }
        actions={<BlindToggle on={blind} setBlindReviewAction={setBlindReviewAction} />}
      />
      <HiddenTextNotice profile={profile} redact={redact} />
      <OcrNotice profile={profile} />
      {candidate.source === "rediscovery" ? (
        <p className="mb-4 text-sm text-slate-600" data-testid="candidate-source">
          Past candidate: this resume was stored for another job and found by “Find matches among past candidates”.
        </p>
      ) : null}
      {candidate.status !== "completed" ? (
        <div className="mb-4">
          <Alert tone="warning">
            This evaluation is <StatusBadge status={candidate.status} />; scores appear when it completes.
          </Alert>
        </div>
      ) : null}
      {/* The decision comes first in the page so a phone shows it without scrolling; large screens put it in the right column. */}
      <div className="grid gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="lg:col-start-3 lg:row-start-1" id="decision">
          <Card title="Your decision">
            {candidate.status === "completed" ? (
              <DecisionForm jobId={candidate.jobId} evaluationId={candidate.evaluationId} previousHref={previousHref} nextHref={nextHref} />
            ) : (
              <p className="text-sm text-slate-600">Decide once the evaluation completes.</p>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          {result ? (
            <>
              <Card title="Score">
                <div className="flex flex-wrap items-center gap-4">
                  <span className="text-4xl font-semibold tabular-nums" data-testid="candidate-score">
                    {result.score.toFixed(1)}
                  </span>
                  <VerdictBadge verdict={result.verdict} />
                  <DecisionBadge decision={current} />
                </div>
                <h3 className="mt-5 mb-2 text-sm font-semibold">Breakdown</h3>
                <ul className="space-y-2" aria-label="Score components">
                  {result.components.map((component) => (
                    <li
                      key={component.key}
                      className="grid grid-cols-[9rem_1fr_3rem] items-center gap-3 text-sm sm:grid-cols-[13rem_1fr_3rem]"
                    >
                      <span>
                        {component.label} <span className="text-xs text-slate-500">({Math.round(component.weight * 100)}%)</span>
                      </span>
                      <div
                        className="h-3 overflow-hidden rounded bg-slate-200"
                        role="img"
                        aria-label={`${component.label}: ${Math.round(component.score * 100)} of 100`}
                      >
                        <div className="h-full bg-brand-600" style={{ width: `${component.score * 100}%` }} />
                      </div>
                      <span className="text-right tabular-nums">{Math.round(component.score * 100)}</span>
                      <span className="col-span-3 -mt-1 text-xs text-slate-600">{component.detail}</span>
                    </li>
                  ))}
                </ul>
              </Card>
              <CandidateTabs
                explanation={<ExplanationPanel explanation={explanation} />}
                feedback={<CandidateFeedbackPanel evaluationId={candidate.evaluationId} feedback={result.feedback} />}
              />
              <Card title="Skills">
                <div className="grid gap-6 md:grid-cols-2">
                  <div className="min-w-0">
                    <h3 className="mb-2 text-sm font-semibold">Matched</h3>
                    <ul className="space-y-2 text-sm">
                      {matched.length === 0 ? <li className="text-slate-500">No required skill was found.</li> : null}
                      {matched.map((skill) => (
                        <li key={`${skill.id}-${skill.matchedId}`}>
                          <span className="font-medium">{skill.name}</span>
                          {skill.via !== "exact" ? (
                            <span className="text-xs text-slate-600">
                              {" "}
                              via {skill.matchedName} ({skill.via})
                            </span>
                          ) : null}
                          {skill.evidence[0] ? (
                            <p className="text-xs text-slate-600">
                              {text ? (
                                <EvidenceLink offset={skill.evidence[0].offset}>“{skill.evidence[0].snippet}”</EvidenceLink>
                              ) : (
                                <>“{skill.evidence[0].snippet}”</>
                              )}
                            </p>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                  <div className="min-w-0">
                    <h3 className="mb-2 text-sm font-semibold">Missing must-haves</h3>
                    <ul className="flex flex-wrap gap-1.5">
                      {result.missingMustHave.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
                      {result.missingMustHave.map((skill) => (
                        <li key={skill.id} className="max-w-full">
                          <Badge tone="low" wrap>
                            {skill.name}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                    {result.knockouts.length > 0 ? (
                      <>
                        <h3 className="mt-4 mb-2 text-sm font-semibold">Knockouts</h3>
                        <ul className="list-disc space-y-1 pl-5 text-sm text-red-800">
                          {result.knockouts.map((knockout) => (
                            <li key={knockout.code}>{knockout.message}</li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                  </div>
                </div>
                <ResumeSkills lists={resumeSkillLists(profile, result)} redact={redact} />
              </Card>
              <ScoringNotes result={result} profile={profile} />
            </>
          ) : null}
        </div>
        {/* The resume follows the score; side by side (wide screens) it takes the full width for its two columns. */}
        <div className="min-w-0 lg:col-span-2 lg:row-start-3 xl:has-[[data-resume-view=side-by-side]]:col-span-3">
          <DocumentView
            resumeId={candidate.resumeId}
            userId={user.id}
            blind={blind}
            text={text}
            highlights={highlights}
            downloadHref={`/api/v1/resumes/${candidate.resumeId}/file`}
            viewerHref={`/api/v1/resumes/${candidate.resumeId}/file?disposition=inline`}
            fileName={candidate.fileName}
          />
        </div>
        <div className="min-w-0 space-y-6 lg:col-start-3 lg:row-start-2">
          <Card title="Decision history">
            {decisions.length === 0 ? (
              <p className="text-sm text-slate-600">No decisions yet.</p>
            ) : (
              <ol className="space-y-3 text-sm" aria-label="Decision history">
                {decisions.map((entry) => (
                  <li key={entry.id} className="border-l-2 border-slate-200 pl-3">
                    <div className="font-medium">{DECISION_LABELS[entry.decision]}</div>
                    <div className="text-xs text-slate-600">
                      {entry.reviewerName} · {formatDateTime(entry.createdAt)}
                    </div>
                    {entry.note ? <p className="mt-1 whitespace-pre-wrap">{entry.note}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          {!blind && contact ? (
            <Card title="Contact">
              <dl className="space-y-1 text-sm">
                {contact.email ? (
                  <div>
                    <dt className="inline text-slate-600">Email: </dt>
                    <dd className="inline">{contact.email}</dd>
                  </div>
                ) : null}
                {contact.phone ? (
                  <div>
                    <dt className="inline text-slate-600">Phone: </dt>
                    <dd className="inline">{contact.phone}</dd>
                  </div>
                ) : null}
                {contact.location ? (
                  <div>
                    <dt className="inline text-slate-600">Location: </dt>
                    <dd className="inline">{contact.location}</dd>
                  </div>
                ) : null}
                {contact.links.map((link) => (
                  <div key={link.url} className="truncate">
                    <dt className="inline capitalize text-slate-600">{link.kind}: </dt>
                    <dd className="inline">{link.url}</dd>
                  </div>
                ))}
              </dl>
            </Card>
          ) : null}
          <Card title="Other jobs">
            {candidate.otherJobs.length === 0 ? (
              <p className="text-sm text-slate-600">Not evaluated for other jobs.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {candidate.otherJobs.map((other) => (
                  <li key={other.evaluationId} className="flex items-center justify-between gap-2">
                    <Link href={`/shortlists/${other.jobId}/${other.evaluationId}`} className="text-brand-700 underline">
                      {other.jobTitle}
                    </Link>
                    <span className="flex items-center gap-1 tabular-nums">
                      {other.score === null ? <StatusBadge status={other.status} /> : other.score.toFixed(0)}
                      <VerdictBadge verdict={other.verdict} />
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {dataSummary ? (
            <CandidateDataPanel jobId={candidate.jobId} resumeId={candidate.resumeId} label={name} blind={blind} summary={dataSummary} />
          ) : null}
        </div>
      </div>
    </>
  );
}
