import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { Location } from '../vocabulary.js';
import { configSchema, type SluiceConfig } from './schema/index.js';

export interface LoadedConfig {
  config: SluiceConfig;
  /** Absolute path of sluice.yml; relative paths inside it resolve from its folder. */
  file: string;
  dir: string;
  /** `file:line:col` of a setting, for errors found after loading (a table that does not exist). */
  where(path: readonly (string | number)[]): string;
  /** The same place as a finding location, so report annotations land on the setting. */
  location(path: readonly (string | number)[]): Location;
}


export async function loadConfig(file: string): Promise<LoadedConfig> {
  if (file.trim() === '') throw new ConfigError('the config path is empty; pass --config with the path of sluice.yml.');
  const absolute = path.resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw new ConfigError(`${file}: ${unreadable((error as NodeJS.ErrnoException).code, file, error)}.`);
  }
  const { config, where, location } = parseConfig(decodeUtf8(bytes, file), file);
  return { config, where, location, file: absolute, dir: path.dirname(absolute) };
}

/** Why sluice.yml could not be read, and what to do about it. */
function unreadable(code: string | undefined, file: string, error: unknown): string {
  switch (code) {
    case 'ENOENT':
      return "no such file; create it (see the README's config reference) or pass --config with the right path";
    case 'EISDIR':
      return `is a directory, not a file; pass --config ${path.join(file, 'sluice.yml')} (or wherever the config is)`;
    case 'ENOTDIR':
      return 'part of this path is a file, not a directory; pass --config with the right path';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied; make it readable by this user (chmod a+r) or pass --config with another file';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}); check the file and pass --config with the right path`;
  }
}

/** sluice.yml must be UTF-8 (as YAML 1.2 and editors' schema support expect); say where it is not. */
function decodeUtf8(bytes: Buffer, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ConfigError(`${file}: is UTF-16 text; save it as UTF-8.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    const bad = lenient.indexOf('\uFFFD');
    const line = lenient.slice(0, bad).split('\n').length;
    const byte = bytes[Buffer.byteLength(lenient.slice(0, bad))]!;
    throw new ConfigError(`${file}:${line}: is not UTF-8 text (byte 0x${byte.toString(16).toUpperCase()} on line ${line}, perhaps Latin-1 or Windows-1252); save the file as UTF-8.`);
  }
}

/** Parses and validates sluice.yml text; every error names file:line:col, what was expected and what was found. */
export function parseConfig(text: string, file: string): Pick<LoadedConfig, 'config' | 'where' | 'location'> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const key = text.slice(yamlError.pos[0]).split('\n')[0]!.split(':')[0]!.trim();
    throw new ConfigError(`${at(yamlError.pos[0])}: ${yamlProblem(yamlError.code, yamlError.message, key)}.`);
  }
  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    throw new ConfigError(`${file}: the file is empty; add at least migrations: { dir: <folder of .sql migrations> } (see the README's config reference).`);
  }
  if (!isMap(contents)) {
    throw new ConfigError(`${at(contents.range?.[0] ?? 0)}: the top level must be a map of settings (engine:, migrations:, …), found ${foundText(doc.toJS(), true)}; see the README's config reference.`);
  }
  let input: unknown;
  try {
    input = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias with no anchor, or aliases nested deep enough to blow up (a "billion laughs").
    const reason = firstLine(error instanceof Error ? error.message : String(error));
    throw new ConfigError(`${file}: a YAML alias cannot be expanded (${reason}); define each &anchor before its *alias, or write the settings out.`);
  }
  const parsed = configSchema.safeParse(input, { reportInput: true });
  if (parsed.success) {
    const offsetOf = (keyPath: readonly (string | number)[]) => (doc.getIn(keyPath, true) as Node | undefined)?.range?.[0];
    const where = (keyPath: readonly (string | number)[]) => {
      const offset = offsetOf(keyPath);
      return offset === undefined ? file : at(offset);
    };
    const location = (keyPath: readonly (string | number)[]): Location => {
      const offset = offsetOf(keyPath);
      return offset === undefined ? { file } : { file, line: lines.linePos(offset).line };
    };
    return { config: parsed.data, where, location };
  }
  const issue = innermost(parsed.error.issues[0]!);
  const offset = locate(doc, issue);
  throw new ConfigError(`${at(offset)}: ${describe(issue)}.`);
}

/** The YAML parser's complaint as one sentence with the fix. */
function yamlProblem(code: string, message: string, key: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation, which YAML does not allow; indent with spaces';
    case 'DUPLICATE_KEY':
      return `the key '${key}' appears twice in the same map; keep one of them`;
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a second ---); keep one';
    default:
      return `invalid YAML: ${firstLine(message)}; fix the syntax here`;
  }
}

/** The offset in sluice.yml an issue is about. */
function locate(doc: Document, issue: z.core.$ZodIssue): number {
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // An unknown key, or a key of the wrong shape: point at the key itself, not at its map or value.
  const badKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.code === 'invalid_key' ? keyPath.pop() : undefined;
  if (badKey !== undefined) {
    const map = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(badKey));
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
  }
  // A missing key: point at the nearest enclosing node that exists.
  let node = doc.getIn(keyPath, true) as Node | undefined;
  for (let n = keyPath.length; !node?.range && n > 0; n--) {
    node = doc.getIn(keyPath.slice(0, n - 1), true) as Node | undefined;
  }
  return node?.range?.[0] ?? (doc.contents as Node | null)?.range?.[0] ?? 0;
}

/**
 * For a value that matches no branch of a union, report the branch that came closest (an
 * object with a misspelt key) instead of zod's generic "invalid input"; paths become absolute.
 */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const typeMismatch = (i: z.core.$ZodIssue) => i.code === 'invalid_type' && i.path.length === 0;
  const candidates = issue.errors.filter((errors) => errors.length > 0 && !errors.every(typeMismatch));
  if (!candidates.length) return issue;
  const closest = candidates.reduce((best, errors) => (errors.length < best.length ? errors : best));
  const inner = closest.find((i) => i.code === 'unrecognized_keys') ?? closest[0]!;
  return innermost({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
}

/** `queries[0].expect.forbid[1]`, `data.columns."products.price".range`: the setting as a reader finds it. */
export function settingName(keyPath: readonly PropertyKey[]): string {
  return keyPath
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      const shown = /^[\w$-]+$/.test(name) ? name : JSON.stringify(name);
      return i === 0 ? shown : `.${shown}`;
    })
    .join('');
}

const EXPECTED: Record<string, string> = {
  int: 'an integer', number: 'a number', string: 'text', boolean: 'true or false', object: 'a map of settings',
  record: 'a map', array: 'a list', tuple: 'a list', null: 'null',
};

const REQUIRED_HINT: Record<string, string> = {
  migrations: 'add migrations: { dir: <folder of .sql migrations> }',
};

/** A value found in sluice.yml, as the user wrote it; `typed` says "the text" where the type is the problem. */
function foundText(value: unknown, typed = false): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  // A URL, or anything shaped like user:password@host, is not repeated: it may hold a password.
  if (typeof value === 'string' && (value.includes('://') || /:[^@\s]*@/.test(value))) return 'a URL (not repeated here, it may hold a password)';
  if (typeof value === 'string') return `${typed ? 'the text ' : ''}${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return String(value);
}

function describe(issue: z.core.$ZodIssue): string {
  const setting = settingName(issue.path);
  const prefix = setting ? `${setting}: ` : '';
  const found = `found ${foundText(issue.input)}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      // file:line:col points at the key itself, which is the clearest name for it.
      return `unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}; remove it or check its spelling against the README's config reference`;
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `${prefix}is required (${expected}); ${REQUIRED_HINT[setting] ?? 'add it'}`;
      const unquote = (issue.expected === 'int' || issue.expected === 'number') && typeof issue.input === 'string' && issue.input.trim() !== '' && !Number.isNaN(Number(issue.input));
      return `${prefix}expected ${expected}, found ${foundText(issue.input, true)}${unquote ? '; write it without quotes' : ''}`;
    }
    case 'invalid_value':
      return `${prefix}expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${found}`;
    case 'invalid_format':
      return `${prefix}expected ${issue.message.replace(/^Invalid string: must match pattern .*$/, 'a valid value')}, ${found}`;
    case 'invalid_key': {
      const key = String(issue.path.at(-1));
      const parent = settingName(issue.path.slice(0, -1));
      return parent === 'data.columns'
        ? `${parent}: the key '${key}' must be table.column; write it as <table>.${key}`
        : `${parent}: the key '${key}' is not valid; ${describe({ ...issue.issues[0]!, path: [] } as z.core.$ZodIssue)}`;
    }
    case 'invalid_union': {
      // A branch may name itself (perDialect's map); otherwise its type says what it accepts.
      const named = (i: z.core.$ZodIssueInvalidType) => (i.message.startsWith('Invalid input') ? EXPECTED[i.expected] ?? i.expected : i.message);
      const expected = [...new Set(issue.errors.flatMap((errors) => errors.filter((i) => i.code === 'invalid_type').map(named)))];
      const list = expected.length > 1 ? `${expected.slice(0, -1).join(', ')} or ${expected.at(-1)}` : expected[0] ?? 'another form';
      return `${prefix}expected ${list}, found ${foundText(issue.input, true)}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const small = issue.code === 'too_small';
      if (issue.origin === 'string' && small && Number(bound) === 1) return `${prefix}is empty; write a value`;
      if (issue.origin === 'array' || issue.origin === 'string') {
        const unit = issue.origin === 'array' ? 'items' : 'characters';
        const count = Array.isArray(issue.input) || typeof issue.input === 'string' ? issue.input.length : '?';
        return `${prefix}expected ${small ? 'at least' : 'at most'} ${bound} ${unit}, found ${count}`;
      }
      const relation = small ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
      return `${prefix}expected ${relation} ${bound}, ${found}`;
    }
    case 'custom':
      return `${prefix}${issue.message}`;
    default:
      return `${prefix}${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
  }
}

const firstLine = (message: string) => message.split('\n')[0]!.replace(/\.$/, '');
