// Discovery moved to formats/ (one file per tool). Kept so code importing from here still builds.
export { decodeMigration, discoverMigrations, relative, type MigrationFile } from './formats/index.js';
