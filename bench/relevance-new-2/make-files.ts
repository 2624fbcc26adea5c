// Builds bench/relevance-new-2/resumes/* from the readable drafts in src/*.txt, and split.json from a
// recorded seed, with the generator of relevance-new-1 (same markers: [[sidebar]]/[[main]] two-column
// PDF, [[table]] DOCX table, [[hidden]] white 1-pt PDF text). Run from the repository root:
//
//   npx tsx bench/relevance-new-2/make-files.ts
import { fileURLToPath } from "node:url";
import path from "node:path";
import { type Format, makeFiles } from "../relevance-new-1/make-files";

/** Output format per resume; the split over formats is about a third each. */
const FORMATS: Record<string, Format> = {
  // txt
  "cv-p918": "txt",
  "cv-p346": "txt",
  "cv-p217": "txt",
  "cv-p587": "txt",
  "cv-p343": "txt",
  "cv-p669": "txt",
  "cv-p609": "txt",
  "cv-p276": "txt",
  "cv-p386": "txt",
  "cv-p619": "txt",
  "cv-p220": "txt",
  "cv-p189": "txt",
  "cv-p897": "txt",
  "cv-p331": "txt",
  "cv-p173": "txt",
  "cv-p304": "txt",
  "cv-p813": "txt",
  "cv-p821": "txt",
  // docx
  "cv-p358": "docx",
  "cv-p302": "docx",
  "cv-p942": "docx",
  "cv-p671": "docx",
  "cv-p248": "docx",
  "cv-p745": "docx",
  "cv-p102": "docx",
  "cv-p955": "docx",
  "cv-p911": "docx",
  "cv-p295": "docx",
  "cv-p439": "docx",
  "cv-p664": "docx",
  "cv-p366": "docx",
  "cv-p580": "docx",
  "cv-p296": "docx",
  "cv-p182": "docx",
  "cv-p673": "docx",
  "cv-p709": "docx",
  // pdf
  "cv-p433": "pdf",
  "cv-p297": "pdf",
  "cv-p399": "pdf",
  "cv-p726": "pdf",
  "cv-p776": "pdf",
  "cv-p612": "pdf",
  "cv-p971": "pdf",
  "cv-p129": "pdf",
  "cv-p932": "pdf",
  "cv-p497": "pdf",
  "cv-p287": "pdf",
  "cv-p429": "pdf",
  "cv-p646": "pdf",
  "cv-p309": "pdf",
  "cv-p965": "pdf",
  "cv-p548": "pdf",
  "cv-p651": "pdf",
};

/** Section names these drafts use beyond relevance-new-1's. */
const HEADINGS =
  /^(professional summary|clinical summary|clinical experience|clinical placements|professional experience|professional development|licenses & training|education & training|core competencies|objective|memberships|registration|certification|license|licence)$/i;

await makeFiles({
  dir: path.dirname(fileURLToPath(import.meta.url)),
  formats: FORMATS,
  splitSeed: 20261208,
  testJobs: 2,
  extraHeadings: HEADINGS,
});
