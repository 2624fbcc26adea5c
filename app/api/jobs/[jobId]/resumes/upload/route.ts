import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema } from "@/lib/schemas/jobs";
import { withAuth } from "@/lib/server/http/route-handler";
import { trackUpload } from "@/lib/server/http/uploads-in-flight";
import { queueResumeUploads } from "@/lib/server/resumes/queue-resume-uploads";
import { readRawFile } from "@/lib/server/resumes/read-upload-request";

/**
 * One resume as the raw request body (any Content-Type; the type is detected
 * from the bytes), named by `?name=` or X-File-Name: for clients that send files
 * one at a time. Same 201 response shape as the multipart endpoint, with one entry.
 */
export const POST = withAuth<{ jobId: string }>(
  ({ request, params, user, requestId }) =>
    trackUpload(async () => {
      const { jobId } = jobIdParamsSchema.parse(params);
      const file = await readRawFile(request, { maxFileBytes: getEnv().MAX_FILE_SIZE });
      const result = await queueResumeUploads({ jobId, files: [file], actor: { id: user.id }, requestId, ip: clientIp(request.headers) });
      return Response.json(result, { status: 201 });
    }),
  { roles: AREA_ROLES.recruiting },
);
