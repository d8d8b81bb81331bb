// A plain-format MigrationFile for tests that build migrations in code rather than on disk.
import type { MigrationFile } from '../../src/migrations/index.js';

export function plainMigration(version: number | bigint, fields: Omit<MigrationFile, 'format' | 'version' | 'sortKey'>): MigrationFile {
  return { format: 'plain', version: String(version), sortKey: [BigInt(version)], ...fields };
}
