// Builds bench/relevance-new-3/resumes/* from the readable drafts in src/*.txt, and split.json from a
// recorded seed, with the generator of relevance-new-1 (same markers: [[sidebar]]/[[main]] two-column
// PDF, [[table]] DOCX table, [[hidden]] white 1-pt PDF text). Run from the repository root:
//
//   npx tsx bench/relevance-new-3/make-files.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Format, makeFiles } from "../relevance-new-1/make-files";

/** Output format per resume; a third each (16 txt, 16 docx, 16 pdf). */
const FORMATS: Record<string, Format> = {
  // txt
  "cv-q671": "txt",
  "cv-q917": "txt",
  "cv-q722": "txt",
  "cv-q408": "txt",
  "cv-q634": "txt",
  "cv-q745": "txt",
  "cv-q827": "txt",
  "cv-q104": "txt",
  "cv-q367": "txt",
  "cv-q263": "txt",
  "cv-q376": "txt",
  "cv-q954": "txt",
  "cv-q187": "txt",
  "cv-q733": "txt",
  "cv-q618": "txt",
  "cv-q509": "txt",
  // docx
  "cv-q214": "docx",
  "cv-q305": "docx",
  "cv-q480": "docx",
  "cv-q593": "docx",
  "cv-q266": "docx",
  "cv-q190": "docx",
  "cv-q453": "docx",
  "cv-q239": "docx",
  "cv-q581": "docx",
  "cv-q828": "docx",
  "cv-q649": "docx",
  "cv-q529": "docx",
  "cv-q640": "docx",
  "cv-q471": "docx",
  "cv-q360": "docx",
  "cv-q256": "docx",
  // pdf
  "cv-q538": "pdf",
  "cv-q862": "pdf",
  "cv-q149": "pdf",
  "cv-q356": "pdf",
  "cv-q781": "pdf",
  "cv-q318": "pdf",
  "cv-q562": "pdf",
  "cv-q691": "pdf",
  "cv-q702": "pdf",
  "cv-q455": "pdf",
  "cv-q912": "pdf",
  "cv-q298": "pdf",
  "cv-q415": "pdf",
  "cv-q873": "pdf",
  "cv-q947": "pdf",
  "cv-q385": "pdf",
};

/** Section names these drafts use beyond relevance-new-1's. */
const HEADINGS =
  /^(professional summary|professional experience|personal statement|objective|clinical placements|fieldwork placements \(mscot\)|education & certifications|education & registration|registration and training|military experience)$/i;

await makeFiles({
  dir: path.dirname(fileURLToPath(import.meta.url)),
  formats: FORMATS,
  splitSeed: 20261209,
  testJobs: 2,
  extraHeadings: HEADINGS,
});
