// The PostgreSQL extensions the embedded engine can load: the contrib modules the PGlite
// package ships as tarballs beside its own files, and pgvector from its companion package.
// PGlite installs an extension's files only when it is handed the extension at start-up, so
// the migrations are read for CREATE EXTENSION before the instance starts.

/** Where an extension's files are: which package, which tarball in its dist/ folder. */
export interface PgliteExtension {
  package: '@electric-sql/pglite' | '@electric-sql/pglite-pgvector';
  tarball: string;
  /** Extensions it needs (CREATE EXTENSION … CASCADE creates them too). */
  requires?: string[];
}

const contrib = (tarball: string, requires?: string[]): PgliteExtension => ({ package: '@electric-sql/pglite', tarball, ...(requires ? { requires } : {}) });

/** Extension name as CREATE EXTENSION spells it → its files. */
export const PGLITE_EXTENSIONS: Readonly<Record<string, PgliteExtension>> = {
  amcheck: contrib('amcheck.tar.gz'),
  autoinc: contrib('spi.tar.gz'),
  bloom: contrib('bloom.tar.gz'),
  btree_gin: contrib('btree_gin.tar.gz'),
  btree_gist: contrib('btree_gist.tar.gz'),
  citext: contrib('citext.tar.gz'),
  cube: contrib('cube.tar.gz'),
  dict_int: contrib('dict_int.tar.gz'),
  dict_xsyn: contrib('dict_xsyn.tar.gz'),
  earthdistance: contrib('earthdistance.tar.gz', ['cube']),
  file_fdw: contrib('file_fdw.tar.gz'),
  fuzzystrmatch: contrib('fuzzystrmatch.tar.gz'),
  hstore: contrib('hstore.tar.gz'),
  insert_username: contrib('spi.tar.gz'),
  intarray: contrib('intarray.tar.gz'),
  isn: contrib('isn.tar.gz'),
  lo: contrib('lo.tar.gz'),
  ltree: contrib('ltree.tar.gz'),
  moddatetime: contrib('spi.tar.gz'),
  pageinspect: contrib('pageinspect.tar.gz'),
  pg_buffercache: contrib('pg_buffercache.tar.gz'),
  pg_freespacemap: contrib('pg_freespacemap.tar.gz'),
  pg_surgery: contrib('pg_surgery.tar.gz'),
  pg_trgm: contrib('pg_trgm.tar.gz'),
  pg_visibility: contrib('pg_visibility.tar.gz'),
  pg_walinspect: contrib('pg_walinspect.tar.gz'),
  pgcrypto: contrib('pgcrypto.tar.gz'),
  refint: contrib('spi.tar.gz'),
  seg: contrib('seg.tar.gz'),
  tablefunc: contrib('tablefunc.tar.gz'),
  tcn: contrib('tcn.tar.gz'),
  tsm_system_rows: contrib('tsm_system_rows.tar.gz'),
  tsm_system_time: contrib('tsm_system_time.tar.gz'),
  unaccent: contrib('unaccent.tar.gz'),
  'uuid-ossp': contrib('uuid-ossp.tar.gz'),
  vector: { package: '@electric-sql/pglite-pgvector', tarball: 'vector.tar.gz' },
};

/** Bundled, the tarballs sit in this folder of dist/ (scripts/build.mjs copies them there). */
export const BUNDLED_EXTENSIONS_DIR = 'pglite-extensions';

/**
 * The extensions a migration creates, as PostgreSQL names them. The raw text is read, strings
 * included, so `EXECUTE 'CREATE EXTENSION …'` in a DO block counts too; a commented-out one
 * only costs loading files that are never used.
 */
export function createdExtensions(sql: string): string[] {
  const names = new Set<string>();
  for (const match of sql.matchAll(/\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?("(?:[^"]|"")+"|[A-Za-z_][\w$-]*)/gi)) {
    const written = match[1]!;
    names.add(written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written.toLowerCase());
  }
  return [...names];
}

/** The catalogue entries to load for these extension names, with what they require; unknown names are left out (PostgreSQL names them when created). */
export function extensionsToLoad(names: readonly string[]): string[] {
  const wanted = new Set<string>();
  const add = (name: string) => {
    const extension = PGLITE_EXTENSIONS[name];
    if (!extension || wanted.has(name)) return;
    wanted.add(name);
    extension.requires?.forEach(add);
  };
  names.forEach(add);
  return [...wanted].sort();
}

/**
 * The extension named by PostgreSQL's "extension … is not available" when PGlite does not ship
 * it (postgis, timescaledb, …), so the finding can say so and point at a server engine.
 */
export function missingPgliteExtension(message: string): string | undefined {
  const name = /extension "([^"]+)" is not available|could not open extension control file "[^"]*\/([^/"]+)\.control"/.exec(message);
  const extension = name?.[1] ?? name?.[2];
  return extension && !(extension in PGLITE_EXTENSIONS) ? extension : undefined;
}
