// A tiny DOM builder used by every component. Text always goes in as text nodes (article text is
// untrusted: it is never parsed as HTML), attributes with setAttribute, so `<script>` or `onerror=`
// in an article shows as text and runs nothing.

export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h(doc: Document, tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (/^on/i.test(k)) throw new Error(`invalid attribute: ${k} (event handlers are attached with addEventListener)`);
    el.setAttribute(k, v === true ? "" : String(v));
  }
  append(doc, el, children);
  return el;
}

export function append(doc: Document, parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(doc, parent, c);
    else if (typeof c === "string" || typeof c === "number") parent.appendChild(doc.createTextNode(String(c)));
    else parent.appendChild(c);
  }
}

/** Only http(s) URLs become links (an article's `url` could be `javascript:`). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? url : null;
}
