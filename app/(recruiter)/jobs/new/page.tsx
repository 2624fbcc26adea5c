import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { AREA_ROLES } from "@/lib/schemas/access";
import { requirePageUser } from "@/lib/server/auth/session";
import { NewJobForm } from "./new-job-form";

export const metadata: Metadata = { title: "New job" };

export default async function NewJobPage() {
  await requirePageUser(AREA_ROLES.recruiting);
  return (
    <>
      <PageHeader
        title="New job"
        description="Paste the job description or drop its file. You review and edit the requirements it finds next."
      />
      <NewJobForm />
    </>
  );
}
