// Text that reads like the column's name says (names, emails, titles, codes, sentences) from
// small built-in word lists: as realistic as a test database needs, a few string
// concatenations a value, and the same on every machine (no locale data involved).
import type { Column } from '../../engines/engine.js';
import type { Stream } from '../random.js';
import type { ValueOf } from './context.js';

const FIRST = ['Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Radia', 'Donald', 'Sophie', 'Tim', 'Hedy', 'John', 'Katherine', 'Niklaus', 'Lynn', 'Bjarne', 'Anita', 'Guido', 'Joan', 'James', 'Mary', 'Leslie', 'Karen', 'Brian', 'Susan', 'Rob', 'Jean', 'Peter', 'Carol', 'Ivan', 'Lucia', 'Omar', 'Priya', 'Chen', 'Yuki', 'Amara'];
const LAST = ['Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Dijkstra', 'Perlman', 'Knuth', 'Wilson', 'Berners-Lee', 'Lamarr', 'McCarthy', 'Johnson', 'Wirth', 'Conway', 'Stroustrup', 'Borg', 'van Rossum', 'Clarke', 'Gosling', 'Kenyon', 'Lamport', 'Jones', 'Kernighan', 'Kare', 'Pike', 'Sammet', 'Naur', 'Shaw', 'Sutherland', 'Rossi', 'Haddad', 'Patel', 'Wang', 'Tanaka', 'Okafor'];
const WORDS = ['alpha', 'amber', 'anchor', 'apple', 'arrow', 'basin', 'beacon', 'birch', 'bold', 'bright', 'brook', 'cedar', 'chalk', 'cinder', 'clear', 'cloud', 'copper', 'coral', 'crisp', 'dawn', 'delta', 'drift', 'dusk', 'ember', 'fable', 'fern', 'field', 'flint', 'frost', 'gale', 'garnet', 'glade', 'grain', 'harbor', 'hazel', 'heron', 'island', 'ivory', 'jade', 'juniper', 'lake', 'lantern', 'linen', 'lumen', 'maple', 'marsh', 'meadow', 'mint', 'moss', 'north', 'oak', 'ocean', 'olive', 'onyx', 'orbit', 'pebble', 'pine', 'plain', 'prism', 'quartz', 'quiet', 'raven', 'reed', 'ridge', 'river', 'rust', 'sage', 'salt', 'sand', 'silver', 'slate', 'solar', 'spruce', 'stone', 'storm', 'summit', 'swift', 'thistle', 'timber', 'tulip', 'umber', 'valley', 'velvet', 'vine', 'willow', 'winter', 'zephyr'];
const ADJECTIVES = ['Small', 'Ergonomic', 'Rustic', 'Sleek', 'Durable', 'Handmade', 'Compact', 'Classic', 'Modern', 'Gorgeous', 'Practical', 'Refined', 'Sturdy', 'Elegant', 'Generic', 'Licensed'];
const MATERIALS = ['Steel', 'Wooden', 'Cotton', 'Granite', 'Plastic', 'Bronze', 'Rubber', 'Leather', 'Ceramic', 'Concrete', 'Frozen', 'Fresh'];
const PRODUCTS = ['Chair', 'Table', 'Lamp', 'Shirt', 'Shoes', 'Keyboard', 'Mouse', 'Bottle', 'Bag', 'Clock', 'Gloves', 'Hat', 'Towel', 'Pizza', 'Soap', 'Bike', 'Kettle', 'Desk', 'Mug', 'Pillow'];
const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.test', 'shop.test'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

type Kind = 'email' | 'person' | 'product' | 'word' | 'code' | 'sentence' | 'url' | 'phone' | 'words';

function kindOf(name: string): Kind {
  if (/mail/i.test(name)) return 'email';
  if (/(^|_)(full_?|first_?|last_?|user_?|display_?)?name$/i.test(name) && !/table|product|category|file|host|type/i.test(name)) return 'person';
  if (/title|product|item/i.test(name)) return 'product';
  if (/status|state|kind|type|action|role|category|tag/i.test(name)) return 'word';
  if (/code|sku|token|ref$|key$/i.test(name)) return 'code';
  if (/description|body|comment|note|text|message|summary|content/i.test(name)) return 'sentence';
  if (/url|link|website|href/i.test(name)) return 'url';
  if (/phone|mobile|fax/i.test(name)) return 'phone';
  return 'words';
}

export function textValue(column: Column, random: Stream, minLength = 0, maxLength = column.maxLength ?? Infinity): ValueOf {
  const of = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const digits = (n: number) => String(Math.floor(random() * 10 ** n)).padStart(n, '0');
  let make: () => string;
  switch (kindOf(column.name)) {
    case 'email':
      make = () => `${of(FIRST).toLowerCase()}.${of(LAST).toLowerCase().replace(/[^a-z]/g, '')}${Math.floor(random() * 1000)}@${of(DOMAINS)}`;
      break;
    case 'person':
      make = /first/i.test(column.name) ? () => of(FIRST) : /last/i.test(column.name) ? () => of(LAST) : () => `${of(FIRST)} ${of(LAST)}`;
      break;
    case 'product':
      make = () => `${of(ADJECTIVES)} ${of(MATERIALS)} ${of(PRODUCTS)}`;
      break;
    case 'word':
      make = () => of(WORDS);
      break;
    case 'code':
      make = () => {
        let code = '';
        for (let k = 0; k < 8; k++) code += LETTERS[Math.floor(random() * LETTERS.length)];
        return code;
      };
      break;
    case 'sentence':
      make = () => {
        const words = 5 + Math.floor(random() * 8);
        let text = of(WORDS);
        text = text[0]!.toUpperCase() + text.slice(1);
        for (let k = 1; k < words; k++) text += ` ${of(WORDS)}`;
        return `${text}.`;
      };
      break;
    case 'url':
      make = () => `https://${of(DOMAINS)}/${of(WORDS)}/${Math.floor(random() * 10000)}`;
      break;
    case 'phone':
      make = () => `+1-555-${digits(3)}-${digits(4)}`;
      break;
    default:
      make = () => `${of(WORDS)} ${of(WORDS)}`;
  }
  return () => fitLength(make(), minLength, maxLength);
}

/** Cut to the column's length; pad a value a length CHECK finds too short. */
export function fitLength(text: string, minLength: number, maxLength: number): string {
  if (text.length > maxLength) text = text.slice(0, maxLength);
  while (text.length < minLength) text += 'x';
  return text;
}
