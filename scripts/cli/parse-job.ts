// `parse-job`: job description file → requirements.
//
//   npm run --silent cli -- parse-job [--json] FILE
//
// --json prints the JobRequirements object with display names next to the
// skill ids (mustHaveSkillNames, niceToHaveSkillNames, mustHaveGroupNames).
import { parseJobDescription } from "../../lib/engine/parse";
import { getDefaultSkillMatcher } from "../../lib/engine/skills/matcher";
import type { JobRequirements } from "../../lib/engine/types";
import { parseCommonArgs, readDocument, reportError, UsageError } from "./document";

export const PARSE_JOB_USAGE = "usage: parse-job [--json] FILE";

function nameOf(id: string): string {
  return getDefaultSkillMatcher().skillsById.get(id)?.name ?? id;
}

export function requirementsSummary(r: JobRequirements): string {
  const out: string[] = [];
  out.push(`Title:          ${r.title ?? "—"}`);
  out.push(`Seniority:      ${r.seniority ?? "—"}`);
  const years =
    r.minYearsExperience === null
      ? "—"
      : `${r.minYearsExperience}${r.maxYearsExperience !== null ? `–${r.maxYearsExperience}` : "+"} years`;
  out.push(`Experience:     ${years}`);
  const groups = r.mustHaveGroups ?? r.mustHaveSkills.map((id) => [id]);
  out.push(`Must have:      ${groups.map((g) => g.map(nameOf).join(" or ")).join("; ") || "—"}`);
  out.push(`Nice to have:   ${r.niceToHaveSkills.map(nameOf).join(", ") || "—"}`);
  if (r.degree) {
    out.push(
      `Degree:         ${r.degree.level}${r.degree.fields.length ? ` in ${r.degree.fields.join(" / ")}` : ""} (${r.degree.required ? "required" : "preferred"}${r.degree.orEquivalentExperience ? ", or equivalent experience" : ""})`,
    );
  }
  if (r.certifications.length > 0) {
    out.push(`Credentials:    ${r.certifications.map((c) => `${c.name}${c.required ? " (required)" : ""}`).join("; ")}`);
  }
  if (r.location) out.push(`Location:       ${r.location.text ?? "—"}${r.location.workplace ? ` [${r.location.workplace}]` : ""}`);
  if (r.employmentType) out.push(`Employment:     ${r.employmentType.replace("_", "-")}`);
  if (r.workAuthorization) out.push(`Authorization:  ${r.workAuthorization}`);
  return out.join("\n");
}

export async function runParseJob(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCommonArgs(argv);
    if (args.help) {
      process.stdout.write(`${PARSE_JOB_USAGE}\n`);
      return 0;
    }
    if (!args.file) throw new UsageError("missing FILE");
    const doc = await readDocument(args.file);
    const r = parseJobDescription(doc.text);
    if (args.json) {
      const out = {
        ...r,
        mustHaveSkillNames: r.mustHaveSkills.map(nameOf),
        niceToHaveSkillNames: r.niceToHaveSkills.map(nameOf),
        mustHaveGroupNames: (r.mustHaveGroups ?? []).map((g) => g.map(nameOf)),
        document: { file: args.file, format: doc.format, pageCount: doc.pageCount, warnings: doc.warnings },
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      process.stdout.write(`${requirementsSummary(r)}\n`);
    }
    return 0;
  } catch (err) {
    return reportError(err, PARSE_JOB_USAGE);
  }
}
