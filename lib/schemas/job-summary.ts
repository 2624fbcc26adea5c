/** A job in the jobs tables: its state and its evaluations counted by status and verdict (lib/server/jobs/list-jobs.ts). */
export type JobSummary = {
  id: string;
  title: string;
  status: "open" | "closed";
  updatedAt: Date;
  counts: {
    resumes: number;
    queued: number;
    processing: number;
    completed: number;
    failed: number;
    high: number;
    medium: number;
    low: number;
  };
};
