/**
 * A small, tolerant XML reader for feeds and OPML. It builds a light element tree and never expands
 * an entity beyond the five XML predefines and numeric character references: a DOCTYPE and its
 * internal subset are skipped whole, so an entity bomb ("billion laughs") costs one linear scan and
 * its references stay as literal text. Broken markup is tolerated the way feed readers tolerate it:
 * an unmatched end tag is ignored, unclosed elements end at the end of the input, a stray "<" is text.
 */

export type XmlElement = {
  /** the tag name as written, lower-cased ("content:encoded") */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
};
export type XmlNode = XmlElement | string;

export type XmlDocument = {
  root: XmlElement | undefined;
  /** the DOCTYPE declared entities of its own (which were not expanded) */
  declaresEntities: boolean;
};

/** Deeper elements are flattened into their ancestor, so later tree walks cannot overflow the stack. */
const MAX_DEPTH = 200;

/** HTML elements that take no end tag: "<br></br>" would read as two line breaks. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set(["br", "hr", "img", "wbr", "source", "meta", "link", "input", "area", "col", "embed", "param", "track"]);
/** How far into a body to look for its first element when sniffing its kind. */
const PROLOG_SCAN_CHARS = 64 * 1024;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REFERENCE = /&(#[0-9]{1,8}|#x[0-9a-fA-F]{1,8}|lt|gt|amp|quot|apos);/gu;
const NAME_START = /[A-Za-z_:\u00c0-\uffff]/u;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00b7\u00c0-\uffff]/u;

export function parseXml(text: string): XmlDocument {
  return new XmlReader(text).read();
}

/** The name of the first element, past any prolog, comments and DOCTYPE; undefined if text comes first. */
export function firstElementName(text: string): string | undefined {
  return new XmlReader(text.slice(0, PROLOG_SCAN_CHARS)).firstElementName();
}

class XmlReader {
  private pos = 0;
  private readonly document: XmlElement = { name: "#document", attributes: {}, children: [] };
  private readonly stack: XmlElement[] = [this.document];
  /** elements opened past MAX_DEPTH, whose end tags must not close a real ancestor */
  private flattened = 0;
  private declaresEntities = false;

  constructor(private readonly text: string) {}

  read(): XmlDocument {
    const text = this.text;
    while (this.pos < text.length) {
      const open = text.indexOf("<", this.pos);
      if (open === -1) {
        this.addText(text.slice(this.pos), true);
        break;
      }
      if (open > this.pos) this.addText(text.slice(this.pos, open), true);
      this.pos = open;
      this.readMarkup();
    }
    const root = this.document.children.find((c): c is XmlElement => typeof c !== "string");
    return { root, declaresEntities: this.declaresEntities };
  }

  firstElementName(): string | undefined {
    const text = this.text;
    for (;;) {
      while (this.pos < text.length && /\s|\ufeff/u.test(text[this.pos]!)) this.pos++;
      if (!text.startsWith("<", this.pos)) return undefined;
      if (text.startsWith("<!--", this.pos)) this.skipPast("-->", this.pos + 4);
      else if (text.startsWith("<?", this.pos)) this.skipPast("?>", this.pos + 2);
      else if (text.startsWith("<!", this.pos)) this.skipDeclaration();
      else if (NAME_START.test(text.charAt(this.pos + 1))) return /^[^\s/>]+/u.exec(text.slice(this.pos + 1, this.pos + 200))?.[0]?.toLowerCase();
      else return undefined;
    }
  }

  private readMarkup(): void {
    const text = this.text;
    const at = this.pos;
    if (text.startsWith("<!--", at)) return this.skipPast("-->", at + 4);
    if (text.startsWith("<![CDATA[", at)) {
      const end = text.indexOf("]]>", at + 9);
      this.addText(text.slice(at + 9, end === -1 ? text.length : end), false);
      this.pos = end === -1 ? text.length : end + 3;
      return;
    }
    if (text.startsWith("<!", at)) return this.skipDeclaration();
    if (text.startsWith("<?", at)) return this.skipPast("?>", at + 2);
    if (text.startsWith("</", at)) return this.readEndTag();
    if (NAME_START.test(text.charAt(at + 1))) return this.readStartTag();
    this.addText("<", false);
    this.pos = at + 1;
  }

  private skipPast(terminator: string, from: number): void {
    const end = this.text.indexOf(terminator, from);
    this.pos = end === -1 ? this.text.length : end + terminator.length;
  }

  /** A DOCTYPE (with its bracketed internal subset) or another <!...> declaration, skipped without interpretation. */
  private skipDeclaration(): void {
    const text = this.text;
    let depth = 0;
    let quote = "";
    for (let i = this.pos + 2; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === "[") {
        depth++;
      } else if (c === "]") {
        depth = Math.max(0, depth - 1);
      } else if (c === "<" && depth > 0 && text.startsWith("<!ENTITY", i)) {
        this.declaresEntities = true;
      } else if (c === "<" && depth > 0 && text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i + 4);
        i = end === -1 ? text.length : end + 2;
      } else if (c === ">" && depth === 0) {
        this.pos = i + 1;
        return;
      }
    }
    this.pos = text.length;
  }

  private readEndTag(): void {
    const text = this.text;
    const close = text.indexOf(">", this.pos + 2);
    const end = close === -1 ? text.length : close;
    const name = text.slice(this.pos + 2, end).trim().toLowerCase();
    this.pos = close === -1 ? text.length : close + 1;
    if (this.flattened > 0) {
      this.flattened--;
      return;
    }
    for (let i = this.stack.length - 1; i > 0; i--) {
      if (this.stack[i]!.name === name) {
        this.stack.length = i;
        return;
      }
    }
  }

  private readStartTag(): void {
    const text = this.text;
    let i = this.pos + 1;
    while (i < text.length && NAME_CHAR.test(text[i]!)) i++;
    const name = text.slice(this.pos + 1, i).toLowerCase();
    const attributes: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      while (i < text.length && /\s/u.test(text[i]!)) i++;
      if (i >= text.length) break;
      const c = text[i]!;
      if (c === ">") {
        i++;
        break;
      }
      if (c === "/" && text[i + 1] === ">") {
        selfClosing = true;
        i += 2;
        break;
      }
      if (c === "<") break; // an unterminated tag: the next markup starts here
      const nameStart = i;
      while (i < text.length && !/[\s=>/<]/u.test(text[i]!)) i++;
      const attribute = text.slice(nameStart, i).toLowerCase();
      if (attribute === "") {
        i++;
        continue;
      }
      while (i < text.length && /\s/u.test(text[i]!)) i++;
      let value = "";
      if (text[i] === "=") {
        i++;
        while (i < text.length && /\s/u.test(text[i]!)) i++;
        const quote = text[i];
        if (quote === '"' || quote === "'") {
          const end = text.indexOf(quote, i + 1);
          value = text.slice(i + 1, end === -1 ? text.length : end);
          i = end === -1 ? text.length : end + 1;
        } else {
          const start = i;
          while (i < text.length && !/[\s>]/u.test(text[i]!)) i++;
          value = text.slice(start, i);
        }
      }
      attributes[attribute] = decodeXmlText(value);
    }
    this.pos = i;
    const element: XmlElement = { name, attributes, children: [] };
    const parent = this.stack[this.stack.length - 1]!;
    if (this.stack.length > MAX_DEPTH) {
      if (!selfClosing) this.flattened++;
      return;
    }
    parent.children.push(element);
    if (!selfClosing) this.stack.push(element);
  }

  private addText(raw: string, decode: boolean): void {
    if (raw === "") return;
    const parent = this.stack[this.stack.length - 1]!;
    parent.children.push(decode ? decodeXmlText(raw) : raw);
  }
}

/** The five predefined entities and numeric references; any other "&name;" is left as written. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(REFERENCE, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : "\ufffd";
    }
    return PREDEFINED[body] ?? whole;
  });
}

/** The part of a name after its namespace prefix: "content:encoded" -> "encoded". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== "string" && (name === undefined || child.name === name)) out.push(child);
  return out;
}

export function firstChild(element: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    for (const child of element.children) if (typeof child !== "string" && child.name === name) return child;
  }
  return undefined;
}

/** All the text under an element, in document order (iterative: the tree may be wide and deep). */
export function textContent(element: XmlElement): string {
  const parts: string[] = [];
  const stack: XmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") parts.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join("");
}

/** The trimmed text of the first child with one of these names, or undefined when absent or blank. */
export function childText(element: XmlElement, ...names: string[]): string | undefined {
  const child = firstChild(element, ...names);
  const text = child === undefined ? "" : textContent(child).trim();
  return text === "" ? undefined : text;
}

/** An element's children written back out as markup (Atom's inline XHTML content). */
export function serializeChildren(element: XmlElement): string {
  const parts: string[] = [];
  const stack: (XmlNode | { close: string })[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      parts.push(escapeXml(node));
    } else if ("close" in node) {
      parts.push(`</${node.close}>`);
    } else {
      const name = localName(node.name);
      const attributes = Object.entries(node.attributes).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
      parts.push(`<${name}${attributes}>`);
      if (node.children.length === 0 && VOID_ELEMENTS.has(name)) continue;
      stack.push({ close: name });
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return parts.join("");
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
}
