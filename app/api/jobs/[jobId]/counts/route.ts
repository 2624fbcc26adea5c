import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema } from "@/lib/schemas/jobs";
import { withAuth } from "@/lib/server/http/route-handler";
import { getJobCounts } from "@/lib/server/jobs/get-job-counts";

export const GET = withAuth<{ jobId: string }>(
  async ({ params }) => {
    const { jobId } = jobIdParamsSchema.parse(params);
    return Response.json({ jobId, counts: await getJobCounts({ db: getDb(), jobId }) });
  },
  { roles: AREA_ROLES.reviewing },
);
