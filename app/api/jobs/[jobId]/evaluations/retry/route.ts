import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema } from "@/lib/schemas/jobs";
import { withAuth } from "@/lib/server/http/route-handler";
import { requeueJobFailures } from "@/lib/server/ops/retry-failed";
import { auditFields } from "@/lib/server/request-actor";

/** Requeues every failed evaluation of the job. */
export const POST = withAuth<{ jobId: string }>(
  async ({ params, actor }) => {
    const { jobId } = jobIdParamsSchema.parse(params);
    return Response.json(await requeueJobFailures({ db: getDb(), jobId, audit: auditFields(actor) }));
  },
  { roles: AREA_ROLES.recruiting },
);
