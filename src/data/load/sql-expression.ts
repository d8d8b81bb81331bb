/**
 * A value the database computes: a `data.columns.<c>.sql` override, or a MySQL geometry made
 * with ST_GeomFromText (its text form is not accepted as a bound value). The writers put the
 * expression in the statement instead of a literal.
 */
export class SqlExpression {
  constructor(readonly sql: string) {}
}
