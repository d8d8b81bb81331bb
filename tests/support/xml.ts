// A strict little XML reader for the JUnit tests: it accepts only well-formed XML 1.0 of the
// kind the report writes (elements, attributes in double quotes, text, the five entities) and
// throws on anything else, so "it parses" means what a CI dashboard's parser would need.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const ENTITY = /&(amp|lt|gt|quot|apos);/g;
const decode = (s: string) => s.replace(ENTITY, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

function checkText(text: string, where: string): string {
  if (FORBIDDEN.test(text)) throw new Error(`a character XML 1.0 forbids in ${where}`);
  if (/[<>]/.test(text) || /&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`unescaped markup in ${where}: ${text.slice(0, 80)}`);
  return decode(text);
}

export function parseXml(xml: string): XmlElement {
  const prolog = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!prolog) throw new Error('no XML declaration');
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/y;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = prolog[0].length;
  while (i < xml.length) {
    const next = xml.indexOf('<', i);
    const text = xml.slice(i, next === -1 ? xml.length : next);
    if (text.trim()) {
      if (!stack.length) throw new Error(`text outside the root element: ${text.slice(0, 80)}`);
      stack.at(-1)!.text += checkText(text, `<${stack.at(-1)!.name}>`);
    }
    if (next === -1) break;
    tag.lastIndex = next;
    const m = tag.exec(xml);
    if (!m) throw new Error(`malformed tag at ${next}: ${xml.slice(next, next + 80)}`);
    const [whole, closing, name, attrs, selfClosing] = m;
    i = next + whole.length;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attrs!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      if (key! in attributes) throw new Error(`duplicate attribute ${key}`);
      attributes[key!] = checkText(value!, `${name}@${key}`);
    }
    const element: XmlElement = { name: name!, attributes, children: [], text: '' };
    if (stack.length) stack.at(-1)!.children.push(element);
    else if (root) throw new Error('a second root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}
