// migrations: where the schema comes from and how the migrations run.
import { z } from 'zod';
import { duration, perDialect } from './values.js';

export const migrations = z
  .strictObject({
    dir: perDialect(z.string())
      .optional()
      .describe('Directory of the migrations (any supported format), or one directory per dialect.'),
    format: z
      .enum(['auto', 'plain', 'golang-migrate', 'goose', 'flyway', 'dbmate', 'prisma', 'sqitch'])
      .default('auto')
      .describe('The migration tool whose conventions the folder follows; auto detects it and says which.'),
    command: z
      .string()
      .min(1)
      .optional()
      .describe('Run any other tool instead (npx prisma migrate deploy, npx knex migrate:latest …), with DATABASE_URL pointing at the scratch database.'),
    'down-command': z
      .string()
      .min(1)
      .optional()
      .describe(
        'With command: the tool\'s command that reverts everything command applied to an empty database (npx knex migrate:rollback, alembic downgrade base …). The round trip runs command, then this, and the schema must be as before; then command again, and the schema must be the same as after its first run.',
      ),
    placeholders: z
      .record(z.string(), z.string())
      .default({})
      .describe('Flyway ${placeholders} and their values.'),
    'statement-timeout': duration('10m').describe(
      'Deadline for each migration statement: "500ms", "60s", "10m", "1h" or a number of seconds.',
    ),
    privileges: z
      .enum(['confined', 'superuser'])
      .default('confined')
      .describe(
        'confined: migrations run as a per-run role that can reach only the scratch database. superuser: they run with the server URL\'s own account, for extensions only a superuser may create; the report says so.',
      ),
  })
  .describe('How the project builds its schema.');
