import { Badge } from "@/components/ui/badge";
import type { ResumeSkillLists } from "@/lib/server/shortlist/resume-skills";

/** The resume's skills beyond the job's requirements: not scored, shown so the manager sees what else the candidate brings. */
export function ResumeSkills({ lists, redact }: { lists: ResumeSkillLists; redact: ((text: string) => string) | null }) {
  if (lists.other.length === 0 && lists.unlisted.length === 0) return null;
  const show = (name: string) => (redact ? redact(name) : name);
  return (
    <div className="mt-6 border-t border-slate-200 pt-4">
      <h3 className="mb-1 text-sm font-semibold">Also on the resume</h3>
      <p className="mb-2 text-xs text-slate-600">Skills the job does not ask for; they do not change the score.</p>
      {lists.other.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Other skills on the resume">
          {lists.other.map((name) => (
            <li key={name} className="max-w-full">
              <Badge wrap>{show(name)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {lists.unlisted.length > 0 ? (
        <>
          <h4 className="mt-3 mb-1 text-xs font-semibold text-slate-700">Listed on the resume, not in the skill taxonomy</h4>
          <ul className="flex flex-wrap gap-1.5" aria-label="Skills not in the taxonomy">
            {lists.unlisted.map((name) => (
              <li key={name} className="max-w-full">
                <Badge wrap>{show(name)}</Badge>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
