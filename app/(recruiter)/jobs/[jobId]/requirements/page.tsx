import type { Metadata } from "next";
import { loadPageData } from "@/components/load-page-data";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { DEFAULT_WEIGHTS, scoringWeightsSchema } from "@/lib/engine/score";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { getJob } from "@/lib/server/jobs/get-job";
import { skillNames } from "@/lib/server/skills/search-skills";
import { saveJobRequirementsAction } from "../../actions";
import { searchSkillsAction } from "./actions";
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
  // Only the names on screen: the editor searches the rest of the taxonomy on the server.
  const names = skillNames([
    ...requirements.mustHaveSkills,
    ...(requirements.mustHaveGroups ?? []).flat(),
    ...requirements.niceToHaveSkills,
    ...(requirements.softSkills ?? []),
    ...(requirements.titleSkills ?? []),
    ...(requirements.duties ?? []),
    ...(requirements.scopedYears ?? []).flatMap((s) => s.groups.flat()),
  ]);
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
        names={names}
        save={saveJobRequirementsAction}
        searchSkills={searchSkillsAction}
      />
    </>
  );
}
