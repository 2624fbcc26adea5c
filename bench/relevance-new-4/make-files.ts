// Builds bench/relevance-new-4/resumes/* from the readable drafts in src/*.txt, and split.json from a
// recorded seed, with the generator of relevance-new-1 (same markers: [[sidebar]]/[[main]] two-column
// PDF, [[table]] DOCX table, [[hidden]] white 1-pt PDF text). Run from the repository root:
//
//   npx tsx bench/relevance-new-4/make-files.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Format, makeFiles } from "../relevance-new-1/make-files";

/** Output format per resume; a third each (16 txt, 16 docx, 16 pdf). */
const FORMATS: Record<string, Format> = {
  // txt
  "cv-s788": "txt",
  "cv-s162": "txt",
  "cv-s104": "txt",
  "cv-s627": "txt",
  "cv-s224": "txt",
  "cv-s488": "txt",
  "cv-s983": "txt",
  "cv-s289": "txt",
  "cv-s464": "txt",
  "cv-s580": "txt",
  "cv-s380": "txt",
  "cv-s222": "txt",
  "cv-s343": "txt",
  "cv-s605": "txt",
  "cv-s381": "txt",
  "cv-s499": "txt",
  // docx
  "cv-s245": "docx",
  "cv-s617": "docx",
  "cv-s984": "docx",
  "cv-s261": "docx",
  "cv-s933": "docx",
  "cv-s525": "docx",
  "cv-s503": "docx",
  "cv-s284": "docx",
  "cv-s275": "docx",
  "cv-s127": "docx",
  "cv-s687": "docx",
  "cv-s881": "docx",
  "cv-s339": "docx",
  "cv-s683": "docx",
  "cv-s444": "docx",
  "cv-s426": "docx",
  // pdf
  "cv-s124": "pdf",
  "cv-s805": "pdf",
  "cv-s721": "pdf",
  "cv-s744": "pdf",
  "cv-s784": "pdf",
  "cv-s835": "pdf",
  "cv-s229": "pdf",
  "cv-s428": "pdf",
  "cv-s272": "pdf",
  "cv-s129": "pdf",
  "cv-s234": "pdf",
  "cv-s629": "pdf",
  "cv-s587": "pdf",
  "cv-s556": "pdf",
  "cv-s731": "pdf",
  "cv-s259": "pdf",
};

/** Section names these drafts use beyond relevance-new-1's. */
const HEADINGS =
  /^(professional summary|professional experience|objective|professional|professional qualifications|memberships|licenses and certifications?|education & professional|education & licences|education and training|trade and licences)$/i;

await makeFiles({
  dir: path.dirname(fileURLToPath(import.meta.url)),
  formats: FORMATS,
  splitSeed: 20261210,
  testJobs: 2,
  extraHeadings: HEADINGS,
});
