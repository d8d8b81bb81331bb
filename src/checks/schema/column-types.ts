// Column types that lose information: a timestamp that forgot its zone, money in binary
// floating point, json that cannot be compared or indexed.
import type { Column, Table } from '../../engines/engine.js';
import { nameWords, quoteName, quoteTable, type RuleContext, type RuleHit, type SchemaRule } from './rule.js';

const perColumn = (table: Table, context: RuleContext, keep: (c: Column) => boolean, hit: (c: Column) => Omit<RuleHit, 'subject' | 'location'>): RuleHit[] =>
  table.columns.filter(keep).map((c) => ({
    subject: `column ${table.name}.${c.name}`,
    location: context.locator.column(table.name, c.name),
    ...hit(c),
  }));

export const timestampWithoutTimeZone: SchemaRule = {
  id: 'timestamp-without-time-zone',
  severity: 'warning',
  partitions: false,
  help: 'timestamp without time zone stores a wall-clock reading with no zone: the same instant written from two sessions with different TimeZone settings differs, and daylight-saving changes make times ambiguous. timestamptz stores the instant.',
  check(table, context) {
    if (context.server.dialect !== 'postgres') return [];
    const t = quoteTable(table.name, 'postgres');
    return perColumn(table, context, (c) => c.nativeType.startsWith('timestamp') && c.nativeType.endsWith('without time zone'), (c) => ({
      message: `Column ${table.name}.${c.name} is ${c.nativeType}; use timestamptz.`,
      // Existing values are read as UTC: say so in the fix rather than guess the server's zone.
      fix: `ALTER TABLE ${t} ALTER COLUMN ${quoteName(c.name, 'postgres')} TYPE timestamptz USING ${quoteName(c.name, 'postgres')} AT TIME ZONE 'UTC'`,
    }));
  },
};

const MONEY_WORDS = new Set([
  'price', 'prices', 'amount', 'amounts', 'cost', 'costs', 'total', 'subtotal', 'balance', 'fee', 'fees', 'tax', 'vat',
  'salary', 'wage', 'wages', 'payment', 'revenue', 'discount', 'charge', 'refund', 'budget', 'money', 'cash', 'credit',
  'debit', 'invoice', 'payout', 'earnings', 'income', 'expense', 'expenses', 'tip', 'rate', 'currency',
]);
export const moneyLike = (name: string): boolean => nameWords(name).some((w) => MONEY_WORDS.has(w));

export const floatForMoney: SchemaRule = {
  id: 'float-for-money',
  severity: 'warning',
  help: 'real, double precision and float are binary approximations: 0.1 + 0.2 is not 0.3, sums drift and equality fails. Amounts of money need an exact type: numeric/decimal with the scale the currency needs (or integer cents).',
  check(table, context) {
    const d = context.server.dialect;
    const t = quoteTable(table.name, d);
    return perColumn(table, context, (c) => c.type === 'real' && moneyLike(c.name), (c) => ({
      message: `Column ${table.name}.${c.name} holds money-like values in ${c.nativeType}; use numeric(12,2) (or integer cents).`,
      fix:
        d === 'postgres'
          ? `ALTER TABLE ${t} ALTER COLUMN ${quoteName(c.name, d)} TYPE numeric(12,2)`
          : `ALTER TABLE ${t} MODIFY ${quoteName(c.name, d)} DECIMAL(12,2)${c.nullable ? ' NULL' : ' NOT NULL'}${c.defaultExpression !== undefined && /^-?[\d.]+$/.test(c.defaultExpression) ? ` DEFAULT ${c.defaultExpression}` : ''}`,
    }));
  },
};

export const preferJsonb: SchemaRule = {
  id: 'prefer-jsonb',
  severity: 'notice',
  help: 'json keeps the text as written: it is parsed again on every access, has no equality (DISTINCT, GROUP BY and UNION fail) and no GIN index. jsonb is the type to store documents in unless the exact text or key order matters.',
  check(table, context) {
    if (context.server.dialect !== 'postgres') return [];
    const t = quoteTable(table.name, 'postgres');
    return perColumn(table, context, (c) => c.nativeType === 'json', (c) => ({
      message: `Column ${table.name}.${c.name} is json; use jsonb.`,
      fix: `ALTER TABLE ${t} ALTER COLUMN ${quoteName(c.name, 'postgres')} TYPE jsonb`,
    }));
  },
};
