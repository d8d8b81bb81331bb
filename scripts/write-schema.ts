// npm run schema: writes sluice.schema.json, sluice-baseline.schema.json and the README's config
// reference from the zod schemas.
import { readFile, writeFile } from 'node:fs/promises';
import { jsonSchema } from '../src/config/schema/index.js';
import { baselineJsonSchema } from '../src/baseline/document.js';
import { configReference, REFERENCE_END, REFERENCE_START } from '../src/config/reference.js';

await writeFile('sluice.schema.json', JSON.stringify(jsonSchema(), null, 2) + '\n');
await writeFile('sluice-baseline.schema.json', JSON.stringify(baselineJsonSchema(), null, 2) + '\n');
const readme = await readFile('README.md', 'utf8');
const start = readme.indexOf(REFERENCE_START);
const end = readme.indexOf(REFERENCE_END);
if (start < 0 || end < 0) throw new Error(`README.md needs the markers ${REFERENCE_START} and ${REFERENCE_END}`);
await writeFile('README.md', `${readme.slice(0, start + REFERENCE_START.length)}\n${configReference()}\n${readme.slice(end)}`);
