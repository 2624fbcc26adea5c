import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { formatDateTime } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import type { JobSummary } from "@/lib/schemas/job-summary";

/** Jobs with their counts. `linkBase` decides where a title leads; `manage` (the page's set-status server action) adds close/reopen. */
export function JobsTable({
  jobs,
  emptyText,
  linkBase = "/jobs",
  linkSuffix = "",
  manage,
}: {
  jobs: JobSummary[];
  emptyText: string;
  linkBase?: string;
  linkSuffix?: string;
  manage?: (input: {
    jobId: string;
    status: "open" | "closed";
  }) => Promise<{ ok: true; data: unknown } | { ok: false; error: { message: string } }>;
}) {
  if (jobs.length === 0) return <EmptyState title="Nothing here yet">{emptyText}</EmptyState>;
  return (
    <Table caption="Jobs">
      <THead>
        <tr>
          <Th>Job</Th>
          <Th>Status</Th>
          <Th className="text-right">Resumes</Th>
          <Th className="text-right">Completed</Th>
          <Th className="text-right">Failed</Th>
          <Th className="text-right">High / Medium / Low</Th>
          <Th>Last activity</Th>
          {manage ? (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </tr>
      </THead>
      <TBody>
        {jobs.map((job) => (
          <tr key={job.id}>
            <Td className="font-medium">
              <Link href={`${linkBase}/${job.id}${linkSuffix}`} className="text-brand-700 underline-offset-2 hover:underline">
                {job.title}
              </Link>
            </Td>
            <Td label="Status">
              <Badge tone={job.status === "open" ? "high" : "neutral"}>{job.status === "open" ? "Open" : "Closed"}</Badge>
            </Td>
            <Td label="Resumes" className="text-right tabular-nums max-sm:text-left">
              {job.counts.resumes}
            </Td>
            <Td label="Completed" className="text-right tabular-nums max-sm:text-left">
              {job.counts.completed}
            </Td>
            <Td label="Failed" className="text-right tabular-nums max-sm:text-left">
              {job.counts.failed}
            </Td>
            <Td label="High / Medium / Low" className="whitespace-nowrap text-right tabular-nums max-sm:text-left">
              {job.counts.high} / {job.counts.medium} / {job.counts.low}
            </Td>
            <Td label="Last activity" className="whitespace-nowrap text-slate-600">
              {formatDateTime(job.updatedAt)}
            </Td>
            {manage ? (
              <Td>
                {job.status === "open" ? (
                  <ActionButton
                    action={manage}
                    input={{ jobId: job.id, status: "closed" as const }}
                    label="Close"
                    confirmText={`Close “${job.title}”? Uploads stop; results stay.`}
                  />
                ) : (
                  <ActionButton action={manage} input={{ jobId: job.id, status: "open" as const }} label="Reopen" />
                )}
              </Td>
            ) : null}
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
