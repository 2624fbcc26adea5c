import type { JobSummary } from "@/lib/server/jobs/list-jobs";

export function JobsTable({ jobs, emptyText }: { jobs: JobSummary[]; emptyText: string }) {
  if (jobs.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">{emptyText}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">Job</th>
            <th scope="col" className="px-4 py-2">Status</th>
            <th scope="col" className="px-4 py-2 text-right">Resumes</th>
            <th scope="col" className="px-4 py-2 text-right">Completed</th>
            <th scope="col" className="px-4 py-2 text-right">Failed</th>
            <th scope="col" className="px-4 py-2 text-right">High / Medium / Low</th>
            <th scope="col" className="px-4 py-2">Last activity</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {jobs.map((job) => (
            <tr key={job.id}>
              <td className="px-4 py-2 font-medium text-slate-900">{job.title}</td>
              <td className="px-4 py-2 capitalize">{job.status}</td>
              <td className="px-4 py-2 text-right tabular-nums">{job.counts.resumes}</td>
              <td className="px-4 py-2 text-right tabular-nums">{job.counts.completed}</td>
              <td className="px-4 py-2 text-right tabular-nums">{job.counts.failed}</td>
              <td className="px-4 py-2 text-right tabular-nums">
                {job.counts.high} / {job.counts.medium} / {job.counts.low}
              </td>
              <td className="px-4 py-2 text-slate-600">{job.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
