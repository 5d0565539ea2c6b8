import { describe, it, expect } from "vitest";
import { markdownToText, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders basic formatting", () => {
    const html = renderMarkdown("# Care\n\n**Soft** and *light*.\n\n- Organic cotton\n- Made in Portugal\n\n[Size guide](https://example.com/sizes)");
    expect(html).toContain("<h2>Care</h2>");
    expect(html).toContain("<strong>Soft</strong> and <em>light</em>.");
    expect(html).toContain("<li>Organic cotton</li>");
    expect(html).toContain('<a href="https://example.com/sizes" rel="nofollow noopener noreferrer ugc">Size guide</a>');
  });

  it("drops script tags and their content", () => {
    const html = renderMarkdown("Hello <script>alert(1)</script> world\n\n<script>\nfetch('/steal')\n</script>");
    expect(html).not.toMatch(/<script|alert|fetch/i);
    expect(html).toContain("Hello");
  });

  it("makes javascript: links harmless", () => {
    for (const md of [
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
      "[x](  javascript:alert(1))",
      '<a href="javascript:alert(1)">x</a>',
      "[x](data:text/html;base64,PHNjcmlwdD4=)",
    ]) {
      const html = renderMarkdown(md);
      expect(html, md).not.toMatch(/javascript:|data:/i);
      expect(html, md).not.toMatch(/href="(?!https?:|mailto:)/);
    }
  });

  it("strips event handlers, styles, iframes and images", () => {
    const html = renderMarkdown(
      '<p onclick="alert(1)" style="color:red">hi</p><img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe><style>body{display:none}</style><a href="https://ok.example" onmouseover="alert(1)">ok</a>',
    );
    expect(html).not.toMatch(/onclick|onerror|onmouseover|style|<iframe|<img|alert|display/i);
    expect(html).toContain("hi");
    expect(html).toContain('href="https://ok.example"');
  });

  it("always sets its own rel on links", () => {
    expect(renderMarkdown('<a href="https://ok.example" rel="opener">ok</a>')).toContain('rel="nofollow noopener noreferrer ugc"');
  });

  it("keeps mailto links", () => {
    expect(renderMarkdown("[Write us](mailto:hello@example.com)")).toContain('href="mailto:hello@example.com"');
  });
});

describe("markdownToText", () => {
  it("gives the description as plain text, cut at a word", () => {
    expect(markdownToText("Our **180 g/m²** tee & more.\n\n## Details\n\n- Soft <3")).toBe("Our 180 g/m² tee & more. Details Soft <3");
    expect(markdownToText("one two three four five six", 15)).toBe("one two three…");
    expect(markdownToText("<script>x</script>")).toBe("");
    expect(markdownToText("Questions? [Write to us](mailto:a@b.c).")).toBe("Questions? Write to us.");
  });
});
