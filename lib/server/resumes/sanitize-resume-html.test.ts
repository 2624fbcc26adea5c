import { describe, expect, it } from "vitest";
import { sanitizeResumeHtml } from "./sanitize-resume-html";

const PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

describe("sanitizeResumeHtml", () => {
  it("removes script and style elements with their content", () => {
    const out = sanitizeResumeHtml('<p>Jane</p><script>alert("x")</script><style>p{color:red}</style><noscript>n</noscript>');
    expect(out).toBe("<p>Jane</p>");
  });

  it("removes event handlers, inline styles and classes but keeps the text", () => {
    const out = sanitizeResumeHtml(
      '<p onclick="steal()" onmouseover="x()" style="background:url(http://evil.example/t.png)" class="c">Senior engineer</p>',
    );
    expect(out).toBe("<p>Senior engineer</p>");
  });

  it("drops images that would load from the network, keeps embedded raster images", () => {
    const out = sanitizeResumeHtml(
      `<p><img src="https://tracker.example/pixel.gif" alt="t"><img src="//cdn.example/a.png"><img src="${PIXEL}" alt="Photo"><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="></p>`,
    );
    expect(out).not.toContain("tracker.example");
    expect(out).not.toContain("cdn.example");
    expect(out).not.toContain("svg");
    expect(out).toBe(`<p><img src="${PIXEL}" alt="Photo" /></p>`);
  });

  it("turns links into plain text so the frame can never navigate or open a page", () => {
    const out = sanitizeResumeHtml(
      '<p><a href="https://evil.example/" target="_top">My portfolio</a> <a href="javascript:alert(1)">x</a></p>',
    );
    expect(out).toBe("<p><span>My portfolio</span> <span>x</span></p>");
  });

  it("removes frames, forms, objects, SVG, base and meta elements", () => {
    const out = sanitizeResumeHtml(
      '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="q"><button>Go</button></form><object data="x.swf"></object><svg onload="alert(1)"><circle/></svg><p>Kept</p>',
    );
    expect(out).toBe("Go<p>Kept</p>");
  });

  it("keeps the document structure: headings, lists, tables and emphasis", () => {
    const html =
      '<h1>Jane Doe</h1><ul><li><strong>Python</strong></li></ul><table><tbody><tr><td colspan="2"><em>2019</em></td></tr></tbody></table>';
    expect(sanitizeResumeHtml(html)).toBe(html);
  });
});
