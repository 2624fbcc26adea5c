// Builds bench/relevance-new-5/resumes/* from the readable drafts in src/*.txt, and split.json from a
// recorded seed, with the generator of relevance-new-1 (same markers: [[sidebar]]/[[main]] two-column
// PDF, [[table]] DOCX table, [[hidden]] white 1-pt PDF text). Run from the repository root:
//
//   npx tsx bench/relevance-new-5/make-files.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Format, makeFiles } from "../relevance-new-1/make-files";

/** Output format per resume; a third each (16 txt, 16 docx, 16 pdf). */
const FORMATS: Record<string, Format> = {
  // txt
  "cv-t203": "txt",
  "cv-t347": "txt",
  "cv-t586": "txt",
  "cv-t127": "txt",
  "cv-t433": "txt",
  "cv-t618": "txt",
  "cv-t141": "txt",
  "cv-t389": "txt",
  "cv-t659": "txt",
  "cv-t281": "txt",
  "cv-t573": "txt",
  "cv-t358": "txt",
  "cv-t504": "txt",
  "cv-t763": "txt",
  "cv-t363": "txt",
  "cv-t604": "txt",
  // docx
  "cv-t118": "docx",
  "cv-t519": "docx",
  "cv-t641": "docx",
  "cv-t268": "docx",
  "cv-t374": "docx",
  "cv-t705": "docx",
  "cv-t322": "docx",
  "cv-t470": "docx",
  "cv-t154": "docx",
  "cv-t401": "docx",
  "cv-t690": "docx",
  "cv-t294": "docx",
  "cv-t591": "docx",
  "cv-t182": "docx",
  "cv-t446": "docx",
  "cv-t737": "docx",
  // pdf
  "cv-t412": "pdf",
  "cv-t455": "pdf",
  "cv-t309": "pdf",
  "cv-t562": "pdf",
  "cv-t256": "pdf",
  "cv-t537": "pdf",
  "cv-t722": "pdf",
  "cv-t336": "pdf",
  "cv-t488": "pdf",
  "cv-t748": "pdf",
  "cv-t169": "pdf",
  "cv-t427": "pdf",
  "cv-t676": "pdf",
  "cv-t215": "pdf",
  "cv-t529": "pdf",
  "cv-t781": "pdf",
};

/** Section names these drafts use beyond relevance-new-1's. */
const HEADINGS =
  /^(objective|professional experience|licences and training|licences and certificates|registration and training|registration and courses|education and training|education and qualifications|certificates|actuarial exams \(.+\)|exams \(ifoa\)|core competencies|other)$/i;

await makeFiles({
  dir: path.dirname(fileURLToPath(import.meta.url)),
  formats: FORMATS,
  splitSeed: 20261211,
  testJobs: 2,
  extraHeadings: HEADINGS,
});
