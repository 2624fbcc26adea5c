import { getEnv } from "@/lib/env";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { trackUpload } from "@/lib/server/http/uploads-in-flight";
import { v1Route } from "@/lib/server/http/v1-route";
import { auditFields } from "@/lib/server/request-actor";
import { queueResumeUploads } from "@/lib/server/resumes/queue-resume-uploads";
import { readUploadRequest } from "@/lib/server/resumes/read-upload-request";

// Counted while it runs: shutdown waits for it (graceful-shutdown.ts).
export const POST = v1Route(API_ROUTES.uploadResumes, ({ request, params, query, actor, requestId }) =>
  trackUpload(async () => {
    const env = getEnv();
    const files = await readUploadRequest(request, { maxFiles: env.MAX_FILES_PER_UPLOAD, maxFileBytes: env.MAX_FILE_SIZE });
    const audit = auditFields(actor);
    const result = await queueResumeUploads({
      jobId: params.jobId,
      files,
      actor: { id: audit.actorId, label: audit.actorLabel ?? undefined },
      requestId,
      ip: actor.ip,
      batchId: query.batch ?? null,
    });
    return Response.json(result, { status: 201 });
  }),
);
