import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema } from "@/lib/schemas/jobs";
import { uploadBatchIdSchema } from "@/lib/schemas/resumes";
import { withAuth } from "@/lib/server/http/route-handler";
import { trackUpload } from "@/lib/server/http/uploads-in-flight";
import { queueResumeUploads } from "@/lib/server/resumes/queue-resume-uploads";
import { readRawFile } from "@/lib/server/resumes/read-upload-request";

/**
 * One resume as the raw request body (any Content-Type; the type is detected
 * from the bytes), named by `?name=` or X-File-Name: for clients that send files
 * one at a time (`?batch=<uuid>` on each file of one selection makes it one audit entry). Same 201 response shape as the multipart endpoint, with one entry.
 */
export const POST = withAuth<{ jobId: string }>(
  ({ request, params, user, requestId }) =>
    trackUpload(async () => {
      const { jobId } = jobIdParamsSchema.parse(params);
      const batch = new URL(request.url).searchParams.get("batch");
      const batchId = batch === null ? null : uploadBatchIdSchema.parse(batch);
      const file = await readRawFile(request, { maxFileBytes: getEnv().MAX_FILE_SIZE });
      const result = await queueResumeUploads({
        jobId,
        files: [file],
        actor: { id: user.id },
        requestId,
        ip: clientIp(request.headers),
        batchId,
      });
      return Response.json(result, { status: 201 });
    }),
  { roles: AREA_ROLES.recruiting },
);
