// The types beyond numbers, text and time: uuid, json, binary, enum, network addresses,
// geometry, ranges and arrays, by the type the engine names. Each is a closure over the
// column's stream; undefined when the type is not known (the caller then asks for an override).
import type { Column, Dialect } from '../../engines/engine.js';
import type { Stream } from '../random.js';
import { SqlExpression } from '../load/sql-expression.js';
import { WINDOW_FROM, sqlTimestamp } from './temporal.js';
import type { ValueOf } from './context.js';

const HEX = '0123456789abcdef';

export function specialValue(column: Column, dialect: Dialect, random: Stream, oneOf?: readonly (string | number)[]): ValueOf | undefined {
  const int = (n: number) => Math.floor(random() * n);
  const native = column.nativeType.toLowerCase();
  if (native.endsWith('[]')) {
    const element = elementValue(native.slice(0, -2), random);
    if (!element) return undefined;
    return () => {
      const items = new Array<unknown>(1 + int(3));
      for (let k = 0; k < items.length; k++) items[k] = element();
      return items;
    };
  }
  switch (column.type) {
    case 'uuid':
      return () => {
        let s = '';
        for (let k = 0; k < 32; k++) s += k === 12 ? '4' : k === 16 ? HEX[8 + int(4)] : HEX[int(16)];
        return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
      };
    case 'json':
      return () => `{"n": ${int(1000)}, "flag": ${random() < 0.5}}`;
    case 'binary':
      return () => {
        const bytes = Buffer.allocUnsafe(Math.min(16, column.maxLength ?? 16));
        for (let k = 0; k < bytes.length; k++) bytes[k] = int(256);
        return bytes;
      };
    case 'enum': {
      const values = oneOf?.length ? column.enumValues?.filter((v) => oneOf.includes(v)) : column.enumValues;
      if (!values?.length) return undefined;
      return () => values[int(values.length)];
    }
    case 'boolean':
      return () => random() < 0.5;
  }
  const element = elementValue(native, random);
  if (element) return element;
  if (dialect === 'mysql') return mysqlSpatial(native, random);
  return undefined;
}

/** Scalar types the PostgreSQL family spells out, and MySQL's year, set and bit. */
function elementValue(native: string, random: Stream): (() => unknown) | undefined {
  const int = (n: number) => Math.floor(random() * n);
  const base = native.replace(/\(.*\)$/, '').trim();
  const day = () => WINDOW_FROM + int(700) * 86_400_000;
  switch (base) {
    case 'integer': case 'bigint': case 'smallint': case 'int': return () => 1 + int(1000);
    case 'text': case 'character varying': case 'varchar': case 'citext': return () => `tag${int(50)}`;
    case 'uuid': return () => `00000000-0000-4000-8000-${int(2 ** 32).toString(16).padStart(12, '0')}`;
    case 'inet': return () => `10.${int(256)}.${int(256)}.${1 + int(254)}`;
    case 'cidr': return () => `10.${int(256)}.${int(256)}.0/24`;
    case 'macaddr': return () => `02:00:${[int(256), int(256), int(256), int(256)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    case 'macaddr8': return () => `02:00:00:00:${[int(256), int(256), int(256), int(256)].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    case 'point': return () => `(${int(360) - 180},${int(180) - 90})`;
    case 'box': return () => { const x = int(100); const y = int(100); return `(${x + 1 + int(10)},${y + 1 + int(10)}),(${x},${y})`; };
    case 'circle': return () => `<(${int(100)},${int(100)}),${1 + int(10)}>`;
    case 'lseg': return () => `[(${int(100)},${int(100)}),(${int(100)},${int(100)})]`;
    case 'polygon': case 'path': return () => { const x = int(100); const y = int(100); return `((${x},${y}),(${x + 1},${y}),(${x + 1},${y + 1}))`; };
    case 'line': return () => `{1,${-1 - int(5)},${int(10)}}`;
    case 'geometry': case 'geography': return () => `POINT(${int(360) - 180} ${int(180) - 90})`;
    case 'int4range': case 'int8range': return () => { const lo = int(1000); return `[${lo},${lo + 1 + int(100)})`; };
    case 'numrange': return () => { const lo = int(1000); return `[${lo}.5,${lo + 1 + int(100)}.5)`; };
    case 'daterange': return () => { const d = day(); return `[${sqlTimestamp(d).slice(0, 10)},${sqlTimestamp(d + (1 + int(60)) * 86_400_000).slice(0, 10)})`; };
    case 'tsrange': case 'tstzrange': return () => { const d = day() + int(86_400) * 1000; return `["${sqlTimestamp(d)}","${sqlTimestamp(d + (1 + int(72)) * 3_600_000)}")`; };
    case 'interval': return () => `${1 + int(90)} days ${int(24)} hours`;
    case 'money': return () => (1 + int(100_000)) / 100;
    case 'tsvector': return () => `word${int(100)} word${int(100)}`;
    case 'xml': return () => `<item n="${int(1000)}"/>`;
    case 'hstore': return () => `"k${int(10)}"=>"${int(1000)}"`;
    case 'bit': case 'bit varying': case 'varbit': return () => (random() < 0.5 ? '1' : '0');
    case 'year': return () => 2000 + int(30);
  }
  if (/^set\(/.test(native)) {
    const members = [...native.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
    return () => members[int(members.length)];
  }
  return undefined;
}

/** MySQL geometry cannot be bound as text: the row carries ST_GeomFromText('…') itself. */
function mysqlSpatial(native: string, random: Stream): ValueOf | undefined {
  const int = (n: number) => Math.floor(random() * n);
  const point = () => `${int(360) - 180} ${int(180) - 90}`;
  switch (native) {
    case 'point': case 'geometry':
      return () => new SqlExpression(`ST_GeomFromText('POINT(${point()})')`);
    case 'linestring':
      return () => new SqlExpression(`ST_GeomFromText('LINESTRING(${point()}, ${point()})')`);
    case 'polygon':
      return () => { const x = int(100); const y = int(80); return new SqlExpression(`ST_GeomFromText('POLYGON((${x} ${y}, ${x + 1} ${y}, ${x + 1} ${y + 1}, ${x} ${y}))')`); };
  }
  return undefined;
}
