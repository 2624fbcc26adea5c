import type { Metadata } from "next";
import Link from "next/link";
import { loadPageData } from "@/components/load-page-data";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { getJob } from "@/lib/server/jobs/get-job";
import { ResumeUploader } from "./resume-uploader";

export const metadata: Metadata = { title: "Upload resumes" };

export default async function JobUploadPage({ params }: { params: Promise<{ jobId: string }> }) {
  await requirePageUser(AREA_ROLES.recruiting);
  const { jobId } = await params;
  const job = await loadPageData(() => getJob({ db: getDb(), jobId }));
  return (
    <>
      <PageHeader
        title={`Upload resumes: ${job.title}`}
        description="PDF, DOCX or TXT; scans and photos (PNG, JPEG, TIFF, or a PDF without text) are read by OCR. Each file is checked, stored and queued; scores appear here as evaluations finish."
        actions={
          <Link href={`/jobs/${job.id}`} className="text-sm text-brand-700 underline">
            Job dashboard
          </Link>
        }
      />
      {job.status === "closed" ? (
        <Alert tone="warning">This job is closed. Reopen it on the jobs page to upload resumes.</Alert>
      ) : (
        <ResumeUploader jobId={job.id} maxFileBytes={getEnv().MAX_FILE_SIZE} />
      )}
    </>
  );
}
