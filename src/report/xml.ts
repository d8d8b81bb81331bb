// Just enough XML for JUnit: elements with attributes and text, everything escaped.
import { redactSecrets } from '../secrets.js';

// XML 1.0 allows tab, LF, CR and the characters from U+0020 up, minus lone surrogates and
// U+FFFE/U+FFFF; anything else makes the whole file unparseable, so it is dropped.
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value from anywhere (user text included), safe inside XML. */
export const xmlText = (raw: string): string => redactSecrets(raw).replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export type Attributes = Record<string, string | number | undefined>;

export function element(name: string, attributes: Attributes, children: string[] | string = []): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlText(String(v))}"`)
    .join('');
  const body = typeof children === 'string' ? xmlText(children) : children.join('\n');
  if (!body) return `<${name}${attrs}/>`;
  return typeof children === 'string' ? `<${name}${attrs}>${body}</${name}>` : `<${name}${attrs}>\n${body}\n</${name}>`;
}
