import type { Metadata } from "next";
import Link from "next/link";
import { JobsTable } from "@/components/jobs-table";
import { setJobStatusAction } from "./actions";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { listJobs } from "@/lib/server/jobs/list-jobs";

export const metadata: Metadata = { title: "Jobs" };

export default async function JobsPage() {
  await requirePageUser(AREA_ROLES.recruiting);
  const jobs = await listJobs({ db: getDb() });
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every opening with its resumes and how their evaluations are going."
        actions={
          <Link href="/jobs/new" className={buttonClasses("primary")}>
            New job
          </Link>
        }
      />
      <JobsTable
        jobs={jobs}
        manage={setJobStatusAction}
        emptyText="No jobs yet. A job holds a job description; resumes uploaded to it are scored against it."
      />
    </>
  );
}
