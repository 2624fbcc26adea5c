// Converts the small, well-formed HTML subset mammoth produces into plain text.
// We go through HTML rather than mammoth.extractRawText because raw text loses
// table structure: a two-column resume built as a one-row table would come out
// as one undifferentiated stream. Here each multi-paragraph cell becomes its
// own block and simple rows stay on one line.

interface ElementNode {
  kind: "element";
  tag: string;
  children: HtmlNode[];
}
interface TextNode {
  kind: "text";
  text: string;
}
type HtmlNode = ElementNode | TextNode;

const VOID_TAGS = new Set(["br", "img", "hr", "col", "meta", "link", "input", "wbr"]);
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? match;
  });
}

function parseHtml(html: string): ElementNode {
  const root: ElementNode = { kind: "element", tag: "#root", children: [] };
  const stack: ElementNode[] = [root];
  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|([^<]+)|</g;
  for (let match = token.exec(html); match !== null; match = token.exec(html)) {
    const [, closing, rawTag, selfClosing, text] = match;
    const current = stack[stack.length - 1] ?? root;
    if (text !== undefined) {
      current.children.push({ kind: "text", text: decodeEntities(text) });
      continue;
    }
    if (rawTag === undefined) {
      if (match[0] === "<") current.children.push({ kind: "text", text: "<" });
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing) {
      // Pop to the matching open tag; ignore strays so malformed input cannot unbalance the tree.
      const index = stack.map((n) => n.tag).lastIndexOf(tag);
      if (index > 0) stack.length = index;
      continue;
    }
    const element: ElementNode = { kind: "element", tag, children: [] };
    current.children.push(element);
    if (!selfClosing && !VOID_TAGS.has(tag)) stack.push(element);
  }
  return root;
}

const BLOCK_TAGS = new Set([
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
  "table",
  "tr",
  "td",
  "th",
  "div",
  "blockquote",
  "pre",
  "thead",
  "tbody",
  "tfoot",
]);

function inlineText(node: HtmlNode): string {
  if (node.kind === "text") return node.text;
  if (node.tag === "br") return "\n";
  if (node.tag === "img") return "";
  return node.children.map(inlineText).join("");
}

function hasBlockChild(node: ElementNode): boolean {
  return node.children.some((c) => c.kind === "element" && BLOCK_TAGS.has(c.tag));
}

/** Lines of text; "" marks a blank line (a paragraph break). */
function renderBlock(node: ElementNode, listDepth: number): string[] {
  switch (node.tag) {
    case "p":
    case "div":
    case "blockquote":
    case "pre": {
      if (hasBlockChild(node)) return renderChildren(node, listDepth);
      const text = inlineText(node);
      // An empty paragraph is the author's vertical spacing: keep it as a blank line.
      return text.trim() === "" ? [""] : text.split("\n");
    }
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6": {
      const text = inlineText(node).trim();
      return text === "" ? [] : ["", ...text.split("\n")];
    }
    case "ul":
    case "ol":
      return renderList(node, listDepth);
    case "table":
      return renderTable(node, listDepth);
    default:
      return renderChildren(node, listDepth);
  }
}

function renderChildren(node: ElementNode, listDepth: number): string[] {
  const lines: string[] = [];
  let inline = "";
  const flush = () => {
    if (inline.trim() !== "") lines.push(...inline.split("\n"));
    inline = "";
  };
  for (const child of node.children) {
    if (child.kind === "element" && BLOCK_TAGS.has(child.tag)) {
      flush();
      lines.push(...renderBlock(child, listDepth));
    } else {
      inline += inlineText(child);
    }
  }
  flush();
  return lines;
}

function renderList(node: ElementNode, listDepth: number): string[] {
  const lines: string[] = [];
  const indent = "  ".repeat(listDepth);
  let number = 1;
  for (const child of node.children) {
    if (child.kind !== "element" || child.tag !== "li") continue;
    const marker = node.tag === "ol" ? `${number++}. ` : "• ";
    const body = renderChildren(child, listDepth + 1).filter((line, i) => i > 0 || line.trim() !== "");
    const [first, ...rest] = body;
    lines.push(`${indent}${marker}${(first ?? "").trim()}`);
    // Continuation lines of an item (nested lists carry their own indent already).
    lines.push(...rest);
  }
  return lines;
}

function directChildren(node: ElementNode, tags: ReadonlySet<string>): ElementNode[] {
  const found: ElementNode[] = [];
  for (const child of node.children) {
    if (child.kind !== "element") continue;
    if (tags.has(child.tag)) found.push(child);
    else if (child.tag === "thead" || child.tag === "tbody" || child.tag === "tfoot") found.push(...directChildren(child, tags));
  }
  return found;
}

const ROW_TAGS = new Set(["tr"]);
const CELL_TAGS = new Set(["td", "th"]);

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? "").trim() === "") start++;
  while (end > start && (lines[end - 1] ?? "").trim() === "") end--;
  return lines.slice(start, end);
}

/** A short caption cell ("EDUCATION", "Core skills:") in front of much longer content. */
function isRowLabel(label: string, rest: string): boolean {
  const words = label.replace(/:$/, "").split(/\s+/);
  return words.length <= 4 && /^[\p{L}][\p{L}\s&/]*:?$/u.test(label) && rest.length > label.length + 8;
}

function renderTable(node: ElementNode, listDepth: number): string[] {
  const lines: string[] = [""];
  for (const row of directChildren(node, ROW_TAGS)) {
    const cells = directChildren(row, CELL_TAGS)
      .map((cell) => trimBlankEdges(renderChildren(cell, listDepth)))
      .filter((cell) => cell.length > 0);
    if (cells.length === 0) continue;
    if (cells.every((cell) => cell.length === 1)) {
      // A simple row (label | value, skill | years) reads best on one line, unless its first cell
      // labels what follows ("EDUCATION | B.S. Statistics, University of Denver, 2018"): a section
      // heading in a layout table must stay a line of its own to be read as one.
      const texts = cells.map((cell) => (cell[0] ?? "").trim());
      const [label = "", ...rest] = texts;
      if (rest.length > 0 && isRowLabel(label, rest.join(" | "))) lines.push("", label, rest.join(" | "));
      else lines.push(texts.join(" | "));
    } else {
      // Multi-paragraph cells are layout columns: emit each as its own block, never interleaved.
      for (const cell of cells) lines.push("", ...cell, "");
    }
  }
  lines.push("");
  return lines;
}

export function mammothHtmlToText(html: string): string {
  const lines = renderChildren(parseHtml(html), 0);
  return lines.join("\n");
}
