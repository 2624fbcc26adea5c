import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema, updateJobBodySchema } from "@/lib/schemas/jobs";
import { withAuth } from "@/lib/server/http/route-handler";
import { getJob } from "@/lib/server/jobs/get-job";
import { editJob } from "@/lib/server/jobs/update-job";

type Params = { jobId: string };

export const GET = withAuth<Params>(
  async ({ params }) => {
    const { jobId } = jobIdParamsSchema.parse(params);
    return Response.json({ job: await getJob({ db: getDb(), jobId }) });
  },
  { roles: AREA_ROLES.reviewing },
);

/** Edits title/status, or requirements/weights/thresholds (which re-scores the job's evaluations in the background). */
export const PATCH = withAuth<Params>(
  async ({ request, params, user, requestId }) => {
    const { jobId } = jobIdParamsSchema.parse(params);
    const body = updateJobBodySchema.parse(await request.json().catch(() => ({})));
    return Response.json({ job: await editJob({ db: getDb(), jobId, body, actorId: user.id, requestId }) });
  },
  { roles: AREA_ROLES.recruiting },
);
