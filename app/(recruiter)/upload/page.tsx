import type { Metadata } from "next";
import { JobsTable } from "@/components/jobs-table";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { listJobs } from "@/lib/server/jobs/list-jobs";

export const metadata: Metadata = { title: "Upload" };

export default async function UploadPage() {
  await requirePageUser(AREA_ROLES.recruiting);
  const jobs = await listJobs({ db: getDb(), status: "open" });
  return (
    <>
      <PageHeader
        title="Upload resumes"
        description="Pick the open job the resumes are for (PDF, DOCX or TXT; scans as PNG, JPEG or TIFF are read by OCR); they are scored against it in the background."
      />
      <JobsTable jobs={jobs} linkSuffix="/upload" emptyText="There is no open job to upload to. Create a job first." />
    </>
  );
}
