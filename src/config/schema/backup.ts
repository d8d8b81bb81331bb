// checks.backup: the backup and restore round trip (src/checks/backup/).
import { z } from 'zod';
import { perDialect } from './values.js';

export const backup = z
  .strictObject({
    options: perDialect(z.array(z.string().min(1)))
      .default([])
      .describe(
        'Extra arguments for the dump tool, as your backup job passes them (pg_dump: --no-unlogged-table-data, --exclude-table-data=…; mariadb-dump/mysqldump: --routines, --events, …); a list, or one per dialect ({ postgres: […], mysql: […] }). Connection and output arguments are Sluice\'s own.',
      ),
    'restore-check': z
      .union([
        z.string().min(1),
        z.array(z.union([z.string().min(1), z.strictObject({ name: z.string().optional().describe('Shown in the report instead of the SQL.'), sql: z.string().min(1) })])).min(1),
      ])
      .optional()
      .describe('Queries run on the restored copy, each returning one row whose first value is true when the restore is usable (select count(*) > 0 from orders).'),
    expect: z
      .strictObject({
        'restore-into-previous': z
          .enum(['fail', 'ok'])
          .optional()
          .describe('Restore the head\'s data into a database at the base branch\'s schema version (a rollback after a deploy) and check it fails or succeeds as stated; needs the base branch in the run.'),
      })
      .default({})
      .describe('Outcomes the team expects.'),
  })
  .optional()
  .describe(
    'The backup and restore round trip: the seeded head database dumped with the engine\'s own tool (pg_dump -Fc / pg_restore, mariadb-dump / mariadb, pg_dump in WebAssembly on PGlite), restored into a fresh scratch database and proved equal (schema, rows, sequences). Off unless this key is present.',
  );

export type BackupConfig = NonNullable<z.output<typeof backup>>;
