import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { resumeFileParamsSchema } from "@/lib/schemas/resumes";
import { withAuth } from "@/lib/server/http/route-handler";
import { getResumeFile } from "@/lib/server/resumes/get-resume-file";
import { getStorage } from "@/lib/server/storage/get-storage";

/** The original upload, as an attachment (never rendered inline: uploads are untrusted). */
export const GET = withAuth<{ jobId: string; resumeId: string }>(
  async ({ params }) => {
    const { jobId, resumeId } = resumeFileParamsSchema.parse(params);
    const file = await getResumeFile({ db: getDb(), storage: getStorage(), jobId, resumeId });
    const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": file.mimeType,
        "content-length": String(file.bytes.length),
        "content-disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "cache-control": "private, no-store",
        "content-security-policy": "default-src 'none'; sandbox",
      },
    });
  },
  { roles: AREA_ROLES.reviewing },
);
