// Builds bench/relevance-new-6/resumes/* from the readable drafts in src/*.txt, and split.json from a
// recorded seed, with the generator of relevance-new-1 (same markers: [[sidebar]]/[[main]] two-column
// PDF, [[table]] DOCX table, [[hidden]] white 1-pt PDF text). Run from the repository root:
//
//   npx tsx bench/relevance-new-6/make-files.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Format, makeFiles } from "../relevance-new-1/make-files";

/** Output format per resume; a third each (16 txt, 16 docx, 16 pdf). */
const FORMATS: Record<string, Format> = {
  // txt
  "cv-u796": "txt",
  "cv-u646": "txt",
  "cv-u407": "txt",
  "cv-u276": "txt",
  "cv-u489": "txt",
  "cv-u282": "txt",
  "cv-u481": "txt",
  "cv-u472": "txt",
  "cv-u666": "txt",
  "cv-u299": "txt",
  "cv-u403": "txt",
  "cv-u192": "txt",
  "cv-u544": "txt",
  "cv-u797": "txt",
  "cv-u152": "txt",
  "cv-u165": "txt",
  // docx
  "cv-u132": "docx",
  "cv-u359": "docx",
  "cv-u850": "docx",
  "cv-u597": "docx",
  "cv-u671": "docx",
  "cv-u804": "docx",
  "cv-u848": "docx",
  "cv-u482": "docx",
  "cv-u147": "docx",
  "cv-u428": "docx",
  "cv-u389": "docx",
  "cv-u486": "docx",
  "cv-u752": "docx",
  "cv-u336": "docx",
  "cv-u558": "docx",
  "cv-u781": "docx",
  // pdf
  "cv-u502": "pdf",
  "cv-u297": "pdf",
  "cv-u156": "pdf",
  "cv-u146": "pdf",
  "cv-u708": "pdf",
  "cv-u867": "pdf",
  "cv-u584": "pdf",
  "cv-u129": "pdf",
  "cv-u112": "pdf",
  "cv-u148": "pdf",
  "cv-u131": "pdf",
  "cv-u190": "pdf",
  "cv-u623": "pdf",
  "cv-u525": "pdf",
  "cv-u904": "pdf",
  "cv-u889": "pdf",
};

/** Section names these drafts use beyond relevance-new-1's. */
const HEADINGS =
  /^(objective|profile|summary|sea service|shipboard training|duties|duties as 2\/o|responsibilities|registration and training|registration and qualifications|registration and education|licences and certificates|certificates|certifications|certifications and education|education and certificates|core competencies|membership|memberships|professional|skills)$/i;

await makeFiles({
  dir: path.dirname(fileURLToPath(import.meta.url)),
  formats: FORMATS,
  splitSeed: 20261212,
  testJobs: 2,
  extraHeadings: HEADINGS,
});
