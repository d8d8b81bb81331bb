/** Seeding could not go on: names the table, the column and the sluice.yml setting to change. */
export class SeedError extends Error {
  constructor(
    message: string,
    readonly table: string,
    readonly column?: string,
    /** The config path the fix belongs to (data.columns."t.c"), when it is not data.rows.<table>. */
    readonly setting?: readonly string[],
  ) {
    super(message);
  }
}
