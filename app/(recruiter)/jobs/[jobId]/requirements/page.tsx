import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { DEFAULT_WEIGHTS, scoringWeightsSchema } from "@/lib/engine/score";
import { getTaxonomy } from "@/lib/engine/skills/taxonomy";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { getJob } from "@/lib/server/jobs/get-job";
import { loadPageData } from "@/components/load-page-data";
import { RequirementsEditor } from "./requirements-editor";

export const metadata: Metadata = { title: "Requirements" };

export default async function RequirementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  await requirePageUser(AREA_ROLES.recruiting);
  const { jobId } = await params;
  const { created } = await searchParams;
  const job = await loadPageData(() => getJob({ db: getDb(), jobId }));
  const requirements = jobRequirementsSchema.parse(job.requirements);
  const weights = { ...DEFAULT_WEIGHTS, ...scoringWeightsSchema.partial().parse(job.weights ?? {}) };
  const skills = getTaxonomy().skills.map((skill) => ({ id: skill.id, name: skill.name }));
  return (
    <>
      <PageHeader
        title={`Requirements: ${job.title}`}
        description="What resumes are scored against. Saving a change re-scores every resume of this job."
      />
      {created ? (
        <div className="mb-4">
          <Alert tone="success">Job created. Check the requirements read from the description, edit them, and save.</Alert>
        </div>
      ) : null}
      <RequirementsEditor
        jobId={job.id}
        title={job.title}
        requirements={requirements}
        weights={weights}
        defaultWeights={{ ...DEFAULT_WEIGHTS }}
        skills={skills}
      />
    </>
  );
}
