// Dimension consistency of each declared vector column: the type's dimension against the
// embedding model's, rows of another dimension (an untyped `vector` column takes any) and NULL
// rows, counted with samples; and every approximate index's operator class against the declared
// metric (an l2 index under cosine queries is never used).
import type { VectorColumnConfig } from '../../config/schema/vector.js';
import { ConfigError } from '../../errors.js';
import type { Engine } from '../../engines/engine.js';
import type { Finding, Location } from '../../vocabulary.js';
import { qualified, readVectorColumn, readVectorIndexes, type VectorColumnInfo, type VectorIndex } from './catalog.js';
import { metricOfOpclass, OPERATOR, opclassFor, opclassServes } from './distance.js';

const SAMPLES = 5;

export interface CheckedColumn {
  key: string;
  table: string;
  column: string;
  info: VectorColumnInfo;
  indexes: VectorIndex[];
}

export function splitColumn(key: string): { table: string; column: string } {
  const dot = key.lastIndexOf('.');
  return { table: key.slice(0, dot), column: key.slice(dot + 1) };
}

/** Throws ConfigError (one sentence, with the setting's place) when the column is not there or not a vector. */
export async function checkVectorColumn(engine: Engine, key: string, declared: VectorColumnConfig, where: string, location: Location): Promise<{ column: CheckedColumn; findings: Finding[] }> {
  const { table, column } = splitColumn(key);
  const info = await readVectorColumn(engine, table, column);
  if (!info) throw new ConfigError(`${where}: checks.vector.columns names ${key}, which the migrations do not create; name an existing table.column.`);
  if (!info.type) throw new ConfigError(`${where}: checks.vector.columns names ${key}, a ${info.nativeType} column, not a pgvector vector, halfvec or sparsevec; name a vector column.`);
  const subject = `column ${key}`;
  const findings: Finding[] = [];
  const finding = (rule: string, severity: Finding['severity'], message: string, help?: string) =>
    findings.push({ check: 'vector', rule, severity, message, location, subject, ...(help ? { help } : {}) });
  const target = qualified(engine, table);
  const col = engine.quoteIdent(column);

  if (info.dims === undefined) {
    finding('vector-column-without-dimension', 'warning',
      `${key} is declared ${info.nativeType} without a dimension: it accepts rows of any dimension and no hnsw or ivfflat index can be built on it.`,
      `ALTER TABLE ${target} ALTER COLUMN ${col} TYPE ${info.type}(${declared.dims});`);
  } else if (info.dims !== declared.dims) {
    finding('vector-dimension-mismatch', 'error',
      `${key} is ${info.nativeType}, but checks.vector declares the embedding model's dimension as ${declared.dims}: every insert of a ${declared.dims}-dimensional embedding fails.`,
      `ALTER TABLE ${target} ALTER COLUMN ${col} TYPE ${info.type}(${declared.dims}); -- after re-embedding the rows, or change checks.vector.columns."${key}".dims`);
  }

  if (info.type !== 'sparsevec') {
    const [counts] = await engine.query<{ wrong: string | number; nulls: string | number; total: string | number }>(
      `select count(*) filter (where vector_dims(${col}) <> $1) as wrong, count(*) filter (where ${col} is null) as nulls, count(*) as total from ${target}`,
      [declared.dims],
    );
    const wrong = Number(counts?.wrong ?? 0);
    const nulls = Number(counts?.nulls ?? 0);
    if (wrong > 0) {
      const samples = await engine.query<{ id: string; dims: number }>(
        `select ${info.identity} as id, vector_dims(${col}) as dims from ${target} where vector_dims(${col}) <> $1 order by 1 limit ${SAMPLES}`,
        [declared.dims],
      );
      finding('vector-wrong-dimension', 'error',
        `${wrong.toLocaleString('en-US')} of ${Number(counts!.total).toLocaleString('en-US')} rows of ${key} are not ${declared.dims}-dimensional (${samples.map((s) => `${s.id}: ${s.dims}`).join(', ')}${wrong > SAMPLES ? ', …' : ''}); a distance between vectors of different dimensions is an error, so every search that reaches them fails.`,
        `UPDATE ${target} SET ${col} = NULL WHERE vector_dims(${col}) <> ${declared.dims}; -- then re-embed them with the model, and declare ${info.type}(${declared.dims}) so the column refuses them`);
    }
    if (nulls > 0) {
      finding('vector-null-rows', 'notice',
        `${nulls.toLocaleString('en-US')} of ${Number(counts!.total).toLocaleString('en-US')} rows of ${key} are NULL: no nearest-neighbour search returns them (pgvector refuses NaN and infinite components, so none can hide there).`);
    }
  }

  const indexes = await readVectorIndexes(engine, table, column);
  for (const index of indexes) {
    if (opclassServes(index.opclass, declared.metric)) continue;
    const served = metricOfOpclass(index.opclass);
    const wanted = opclassFor(info.type, declared.metric);
    finding('vector-index-wrong-metric', 'error',
      `Index ${index.name} on ${key} uses ${index.opclass}${served ? ` (${served})` : ''}, but checks.vector declares ${declared.metric}: queries ordered by ${OPERATOR[declared.metric]} never use it and scan the whole table.`,
      `DROP INDEX CONCURRENTLY ${engine.quoteIdent(index.name)};\n${index.definition.replace(/^CREATE INDEX/i, 'CREATE INDEX CONCURRENTLY').replace(index.opclass, wanted)};`);
  }
  return { column: { key, table, column, info, indexes }, findings };
}
