import type { Metadata } from "next";
import { JobsTable } from "@/components/jobs-table";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { listJobs } from "@/lib/server/jobs/list-jobs";

export const metadata: Metadata = { title: "Shortlists" };

export default async function ShortlistsPage() {
  await requirePageUser(AREA_ROLES.reviewing);
  const jobs = await listJobs({ db: getDb(), status: "open" });
  return (
    <>
      <PageHeader title="Shortlists" description="Ranked candidates per open job. Pick a job to review its candidates." />
      <JobsTable jobs={jobs} linkBase="/shortlists" emptyText="No open jobs to review yet." />
    </>
  );
}
