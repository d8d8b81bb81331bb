import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import type { Location } from '../vocabulary.js';
import { configSchema, type SluiceConfig } from './schema.js';

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
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? `${file}: no such file; create it (see the README's config reference) or pass --config with the right path.`
        : `${file}: cannot be read (${code ?? String(error)}).`,
    );
  }
  const { config, where, location } = parseConfig(text, file);
  return { config, where, location, file: absolute, dir: path.dirname(absolute) };
}

/** Parses and validates sluice.yml text; every error names file:line:col and what was expected. */
export function parseConfig(text: string, file: string): Pick<LoadedConfig, 'config' | 'where' | 'location'> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new ConfigError(`${at(yamlError.pos[0])}: invalid YAML: ${firstLine(yamlError.message)}.`);
  }
  const parsed = configSchema.safeParse(doc.toJS() ?? {});
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
  const { offset, where } = locate(doc, issue);
  throw new ConfigError(`${at(offset)}: ${where}${describe(issue)}.`);
}

function locate(doc: Document, issue: z.core.$ZodIssue): { offset: number; where: string } {
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const shown = keyPath.join('.');
  let node = doc.getIn(keyPath, true) as Node | undefined;
  // An unknown key: point at the key itself, not at the map that holds it.
  if (issue.code === 'unrecognized_keys') {
    const map = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === issue.keys[0]);
      if (pair && isScalar(pair.key) && pair.key.range) {
        return { offset: pair.key.range[0], where: '' };
      }
    }
  }
  // A missing key: point at the nearest enclosing node that exists.
  for (let n = keyPath.length; !node?.range && n > 0; n--) {
    node = doc.getIn(keyPath.slice(0, n - 1), true) as Node | undefined;
  }
  const offset = node?.range?.[0] ?? (doc.contents as Node | null)?.range?.[0] ?? 0;
  return { offset, where: shown ? `${shown}: ` : '' };
}

/**
 * For a value that matches no branch of a union, report the branch whose type did match (an
 * object with a misspelt key) instead of zod's generic "invalid input"; paths become absolute.
 */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const typeMismatch = (i: z.core.$ZodIssue) => i.code === 'invalid_type' && i.path.length === 0;
  const branch = issue.errors.find((errors) => errors.length > 0 && !errors.every(typeMismatch));
  if (!branch) return issue;
  const inner = branch[0]!;
  return innermost({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}; remove it or check its spelling against the README's config reference`;
    case 'invalid_type':
      return issue.input === undefined ? `is required (expected ${issue.expected})` : `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `expected ${issue.message.replace(/^Invalid string: must match pattern .*$/, 'a valid value')}`;
    case 'invalid_union':
      return 'does not match any accepted form';
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}

const firstLine = (message: string) => message.split('\n')[0]!.replace(/\.$/, '');
