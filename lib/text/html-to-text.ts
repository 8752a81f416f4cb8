import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from "parse5";
import type { DroppedLine } from "./dropped-line";

// Text copied from a page's source (or a rich-text paste saved as HTML) keeps its tags and
// entities. A real HTML parser turns it into the text a browser would show, one line per block;
// a regex over tags would break on attributes containing ">", comments, scripts and entities.

// Real tags (a known element name), or named/numeric entities: "5<6" or "A&B" stay plain text.
const TAG = /<\/?(?:p|div|br|span|a|html|head|body|h[1-6]|li|ul|ol|table|tbody|tr|td|th|strong|em|b|i|u|img|section|article|header|footer|nav|aside|main|script|style|meta|link|font|center|blockquote|figure|figcaption|iframe|title)\b[^<>]*>|<!--|<!doctype/i;
const ENTITY = /&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});/i;

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "tbody", "td", "th", "thead", "tr", "ul", "title", "option", "center",
]);
// Elements whose text is never page text; reported when they contain Chinese, so nothing vanishes.
const CODE = new Set(["script", "style", "noscript", "template", "svg", "math"]);
// Landmarks that hold page furniture, whatever their words.
const FURNITURE: Record<string, string> = { nav: "navigation", footer: "page footer", aside: "sidebar" };
const HAN = /\p{Script=Han}/u;

export function looksLikeHtml(raw: string): boolean {
  return TAG.test(raw) || ENTITY.test(raw);
}

function attr(el: T.Element, name: string): string {
  return el.attrs.find((a) => a.name === name)?.value ?? "";
}

function furnitureReason(el: T.Element): string | null {
  if (FURNITURE[el.tagName]) return FURNITURE[el.tagName];
  if (attr(el, "role") === "navigation") return "navigation";
  return null;
}

/** The text a browser would show, one block per line, and what was left out with its reason. */
export function htmlToText(raw: string): { text: string; dropped: DroppedLine[] } {
  const root = /<html|<body|<!doctype/i.test(raw) ? parse(raw) : parseFragment(raw);
  const dropped: DroppedLine[] = [];
  const out: string[] = [];
  let pageTitle = "";

  const textOf = (node: T.ParentNode): string => {
    const parts: string[] = [];
    const walk = (n: T.ParentNode) => {
      for (const c of n.childNodes) {
        if (c.nodeName === "#text") parts.push((c as T.TextNode).value);
        else if ("childNodes" in c) {
          if (BLOCK.has((c as T.Element).tagName)) parts.push("\n");
          walk(c as T.ParentNode);
          if (BLOCK.has((c as T.Element).tagName)) parts.push("\n");
        }
      }
    };
    walk(node);
    return parts.join("");
  };

  const report = (text: string, reason: string) => {
    for (const line of text.split("\n").map((l) => l.replace(/\s+/g, " ").trim()))
      if (HAN.test(line)) dropped.push({ line, reason });
  };

  const visit = (node: T.ParentNode, pre: boolean) => {
    for (const c of node.childNodes) {
      if (c.nodeName === "#text") {
        const v = (c as T.TextNode).value;
        out.push(pre ? v : v.replace(/[ \t\r\n\f]+/g, " "));
      } else if (c.nodeName === "#comment") {
        const data = (c as T.CommentNode).data;
        if (HAN.test(data)) report(data, "HTML comment");
      } else if ("tagName" in c) {
        const el = c as T.Element;
        const tag = el.tagName;
        if (CODE.has(tag)) {
          report(textOf(el), "page code");
          continue;
        }
        if (tag === "title") {
          pageTitle = textOf(el).replace(/\s+/g, " ").trim();
          continue;
        }
        const furniture = furnitureReason(el);
        if (furniture) {
          report(textOf(el), furniture);
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) out.push("\n");
        // A <template>'s content hangs off .content, not childNodes; it is in CODE above.
        visit(el, pre || tag === "pre" || tag === "textarea");
        if (block) out.push("\n");
      }
    }
  };
  visit(root, false);

  const text = out
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  // The <title> repeats the headline with the site's name ("标题_新华网"): shown only when the
  // body has no line that it starts with.
  const headline = pageTitle.split(/\s*[_|｜—–-]\s*/u)[0];
  if (!HAN.test(pageTitle)) return { text, dropped };
  if (text.split("\n").some((l) => headline && l.startsWith(headline))) {
    dropped.unshift({ line: pageTitle, reason: "page title (repeats the headline)" });
    return { text, dropped };
  }
  return { text: `${pageTitle}\n\n${text}`, dropped };
}
