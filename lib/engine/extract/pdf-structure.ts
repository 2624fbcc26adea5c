// A cheap look at a PDF's skeleton, run at upload before anything is stored:
// pdf.js opens a document through its catalog, which the trailer (or the
// cross-reference stream's dictionary) names with /Root. A file with neither
// an object nor any way to its catalog cannot be opened, and saying so at
// upload beats queueing it to fail later. Deliberately permissive otherwise:
// pdf.js repairs broken offsets and missing %%EOF markers, so those pass.

const encoder = new TextEncoder();
const OBJECT_KEYWORD = encoder.encode(" obj");
const ROOT_KEY = encoder.encode("/Root");
// In a repaired file pdf.js may also find an uncompressed catalog object by its type.
const CATALOG_TYPE = encoder.encode("/Catalog");

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first as number); i !== -1 && i <= last; i = bytes.indexOf(first as number, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** Why the PDF cannot be opened, or null when its structure looks openable. */
export function unreadablePdfReason(bytes: Uint8Array): string | null {
  if (!contains(bytes, OBJECT_KEYWORD)) return "PDF header but no objects";
  if (!contains(bytes, ROOT_KEY) && !contains(bytes, CATALOG_TYPE)) return "PDF with no trailer or catalog (truncated or damaged)";
  return null;
}
