import { createRequire as __sluiceCreateRequire } from 'node:module';
import { fileURLToPath as __sluiceFileURLToPath } from 'node:url';
import { dirname as __sluiceDirname } from 'node:path';
const require = __sluiceCreateRequire(import.meta.url);
var __filename = __sluiceFileURLToPath(import.meta.url);
var __dirname = __sluiceDirname(__filename);

// src/engines/pglite/extensions.ts
var contrib = (tarball, requires) => ({ package: "@electric-sql/pglite", tarball, ...requires ? { requires } : {} });
var PGLITE_EXTENSIONS = {
  amcheck: contrib("amcheck.tar.gz"),
  autoinc: contrib("spi.tar.gz"),
  bloom: contrib("bloom.tar.gz"),
  btree_gin: contrib("btree_gin.tar.gz"),
  btree_gist: contrib("btree_gist.tar.gz"),
  citext: contrib("citext.tar.gz"),
  cube: contrib("cube.tar.gz"),
  dict_int: contrib("dict_int.tar.gz"),
  dict_xsyn: contrib("dict_xsyn.tar.gz"),
  earthdistance: contrib("earthdistance.tar.gz", ["cube"]),
  file_fdw: contrib("file_fdw.tar.gz"),
  fuzzystrmatch: contrib("fuzzystrmatch.tar.gz"),
  hstore: contrib("hstore.tar.gz"),
  insert_username: contrib("spi.tar.gz"),
  intarray: contrib("intarray.tar.gz"),
  isn: contrib("isn.tar.gz"),
  lo: contrib("lo.tar.gz"),
  ltree: contrib("ltree.tar.gz"),
  moddatetime: contrib("spi.tar.gz"),
  pageinspect: contrib("pageinspect.tar.gz"),
  pg_buffercache: contrib("pg_buffercache.tar.gz"),
  pg_freespacemap: contrib("pg_freespacemap.tar.gz"),
  pg_surgery: contrib("pg_surgery.tar.gz"),
  pg_trgm: contrib("pg_trgm.tar.gz"),
  pg_visibility: contrib("pg_visibility.tar.gz"),
  pg_walinspect: contrib("pg_walinspect.tar.gz"),
  pgcrypto: contrib("pgcrypto.tar.gz"),
  refint: contrib("spi.tar.gz"),
  seg: contrib("seg.tar.gz"),
  tablefunc: contrib("tablefunc.tar.gz"),
  tcn: contrib("tcn.tar.gz"),
  tsm_system_rows: contrib("tsm_system_rows.tar.gz"),
  tsm_system_time: contrib("tsm_system_time.tar.gz"),
  unaccent: contrib("unaccent.tar.gz"),
  "uuid-ossp": contrib("uuid-ossp.tar.gz"),
  vector: { package: "@electric-sql/pglite-pgvector", tarball: "vector.tar.gz" }
};
var BUNDLED_EXTENSIONS_DIR = "pglite-extensions";
function createdExtensions(sql) {
  const names = /* @__PURE__ */ new Set();
  for (const match of sql.matchAll(/\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?("(?:[^"]|"")+"|[A-Za-z_][\w$-]*)/gi)) {
    const written = match[1];
    names.add(written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written.toLowerCase());
  }
  return [...names];
}
function extensionsToLoad(names) {
  const wanted = /* @__PURE__ */ new Set();
  const add = (name) => {
    const extension = PGLITE_EXTENSIONS[name];
    if (!extension || wanted.has(name)) return;
    wanted.add(name);
    extension.requires?.forEach(add);
  };
  names.forEach(add);
  return [...wanted].sort();
}
function missingPgliteExtension(message) {
  const name = /extension "([^"]+)" is not available|could not open extension control file "[^"]*\/([^/"]+)\.control"/.exec(message);
  const extension = name?.[1] ?? name?.[2];
  return extension && !(extension in PGLITE_EXTENSIONS) ? extension : void 0;
}

export {
  PGLITE_EXTENSIONS,
  BUNDLED_EXTENSIONS_DIR,
  createdExtensions,
  extensionsToLoad,
  missingPgliteExtension
};
