import "server-only";
import sanitizeHtml from "sanitize-html";

// The original of a DOCX resume is shown as HTML converted by mammoth. The file is
// untrusted, so the HTML keeps only document structure: no scripts, no event handlers,
// no styles, no forms, and nothing that would load from or navigate to the network.
// Links become plain text and images are kept only as embedded raster data (data: URIs), never fetched from a URL.
// The result is shown in a sandboxed iframe without scripts as a second wall.

const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
    "img",
  ],
  allowedAttributes: { img: ["src", "alt"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] },
  allowedSchemes: [],
  allowedSchemesByTag: { img: ["data"] },
  allowProtocolRelative: false,
  // Tags not listed are dropped with their content for these (their text is code or markup), unwrapped otherwise.
  nonTextTags: ["script", "style", "textarea", "noscript", "title", "template", "iframe", "object", "embed", "svg", "math"],
  transformTags: {
    // A link keeps its text; the address is dropped so the frame can never navigate.
    a: () => ({ tagName: "span", attribs: {} }),
  },
  exclusiveFilter: (frame) => frame.tag === "img" && !EMBEDDED_IMAGE.test(frame.attribs.src ?? ""),
};

/** Sanitises converted resume HTML (see the comment above for what survives). */
export function sanitizeResumeHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
