// Product descriptions are Markdown written by merchants and shown to every shopper, so
// the HTML is sanitised after rendering: basic formatting only, links to http(s)/mailto.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Own instance: options set here never leak into other users of `marked`.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "del",
    "s",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "hr",
    "h2",
    "h3",
    "h4",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"] }, // rel is always ours (transformTags)
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Dropped with their content, not just their tags.
  nonTextTags: ["script", "style", "textarea", "noscript", "iframe", "object", "embed", "template", "svg", "math"],
  transformTags: {
    // The product title is the page's h1: description headings start one level below.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer ugc" }),
  },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, SANITIZE);
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": " " };

/** The description as plain text, for meta descriptions and structured data: `maxLength` characters at most, cut at a word. */
export function markdownToText(markdown: string, maxLength = 300): string {
  const text = renderMarkdown(markdown)
    .replace(/<\/?(?:p|br|li|ul|ol|h\d|blockquote|pre|hr|tr|td|th|table)\b[^>]*>/g, " ") // blocks part words
    .replace(/<[^>]*>/g, "") // inline tags don't
    .replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > maxLength / 2 ? cut.lastIndexOf(" ") : cut.length).trimEnd()}…`;
}
