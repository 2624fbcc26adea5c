import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema } from "@/lib/schemas/jobs";
import { withAuth } from "@/lib/server/http/route-handler";
import { trackUpload } from "@/lib/server/http/uploads-in-flight";
import { queueResumeUploads } from "@/lib/server/resumes/queue-resume-uploads";
import { readMultipartFiles } from "@/lib/server/resumes/read-upload-request";

/**
 * Many resumes in one multipart request (field `files`, up to MAX_FILES_PER_UPLOAD).
 * Always 201 with one result per file — queued | duplicate | rejected — see UploadFileResult.
 */
export const POST = withAuth<{ jobId: string }>(
  ({ request, params, user, requestId }) =>
    trackUpload(async () => {
      const { jobId } = jobIdParamsSchema.parse(params);
      const env = getEnv();
      const files = await readMultipartFiles(request, { maxFiles: env.MAX_FILES_PER_UPLOAD, maxFileBytes: env.MAX_FILE_SIZE });
      const result = await queueResumeUploads({ jobId, files, actor: { id: user.id }, requestId, ip: clientIp(request.headers) });
      return Response.json(result, { status: 201 });
    }),
  { roles: AREA_ROLES.recruiting },
);
