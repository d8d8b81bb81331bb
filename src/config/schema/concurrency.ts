// The shape of checks.concurrency (isolation specs) and checks.isolation-matrix, with the
// checks that need no database: sessions and steps that exist, permutations that can complete.
import { z } from 'zod';

export const ISOLATION_LEVELS = ['read uncommitted', 'read committed', 'repeatable read', 'serializable', 'engine default'] as const;
export const EXPECTED_ERROR_KINDS = ['serialization-failure', 'deadlock', 'unique-violation', 'lock-timeout', 'timeout'] as const;

/** A step is named by its session and its 1-based position: a1, a2, b1 … */
const SESSION_NAME = /^[a-z][a-z_]*$/;
const STEP_ID = /^([a-z][a-z_]*)(\d+)$/;

export const concurrencySpecSchema = z
  .strictObject({
    name: z.string().min(1).describe('Names the spec in the report.'),
    setup: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe('Statements run and committed in their own transaction before each permutation.'),
    level: z.enum(ISOLATION_LEVELS).default('engine default').describe('Isolation level of every session.'),
    sessions: z
      .record(z.string().regex(SESSION_NAME, 'a session name of lowercase letters (a, b, writer)'), z.array(z.string().min(1)).min(1))
      .refine((s) => Object.keys(s).length >= 2, { message: 'needs at least two sessions' })
      .describe('Each session\'s statements in order; step a2 is the second statement of session a.'),
    permutations: z
      .union([z.literal('all'), z.array(z.array(z.string().regex(STEP_ID, 'a step id such as a1 or b2')).min(1)).min(1)])
      .default('all')
      .describe('all: every interleaving of the sessions\' steps (bounded); or a list such as [[a1, b1, a2, b2]].'),
    'lock-timeout': z.int().min(100).max(60_000).default(3000).describe('Milliseconds a step may wait for a lock before it fails (lock_timeout / innodb_lock_wait_timeout).'),
    expect: z
      .strictObject({
        blocks: z.array(z.string().regex(STEP_ID, 'a step id such as b2')).optional().describe('Steps allowed to wait for a lock; each must wait in at least one permutation, and no other step may wait.'),
        errors: z
          .record(z.string().regex(STEP_ID, 'a step id such as b3'), z.union([z.enum(EXPECTED_ERROR_KINDS), z.string().regex(/^[0-9A-Z]{5}$|^\d{4}$|^ER_\w+$/, 'an error kind (serialization-failure, deadlock, unique-violation, lock-timeout) or the engine\'s code (40001, 1213, ER_LOCK_DEADLOCK)')]))
          .optional()
          .describe('Steps allowed to fail, with the error kind or code they may fail with; any other failure is a difference.'),
        final: z.string().min(1).optional().describe('A query returning one boolean, true when the state after every session ended is right.'),
      })
      .default({})
      .describe('What every permutation must show; the first difference is a finding.'),
  })
  .superRefine(checkSpec);

export type ConcurrencySpec = z.output<typeof concurrencySpecSchema>;

/** Step ids as the spec numbers them: { a1: 'begin', … } in session order. */
export function stepsOf(sessions: Record<string, string[]>): Map<string, { session: string; index: number; sql: string }> {
  const steps = new Map<string, { session: string; index: number; sql: string }>();
  for (const [session, statements] of Object.entries(sessions)) {
    statements.forEach((sql, index) => steps.set(`${session}${index + 1}`, { session, index, sql }));
  }
  return steps;
}

function checkSpec(spec: { sessions: Record<string, string[]>; permutations: 'all' | string[][]; expect: { blocks?: string[] | undefined; errors?: Record<string, string> | undefined } }, ctx: z.core.$RefinementCtx): void {
  const steps = stepsOf(spec.sessions);
  const known = [...steps.keys()].join(', ');
  const unknown = (id: string) => {
    const session = STEP_ID.exec(id)?.[1] ?? id;
    return session in spec.sessions ? `step ${id} does not exist (the steps are ${known})` : `names session ${session}, which the spec does not declare (the sessions are ${Object.keys(spec.sessions).join(', ')})`;
  };
  for (const [i, id] of (spec.expect.blocks ?? []).entries()) {
    if (!steps.has(id)) return ctx.addIssue({ code: 'custom', path: ['expect', 'blocks', i], message: unknown(id) });
  }
  for (const id of Object.keys(spec.expect.errors ?? {})) {
    if (!steps.has(id)) return ctx.addIssue({ code: 'custom', path: ['expect', 'errors', id], message: unknown(id) });
  }
  if (spec.permutations === 'all') return;
  for (const [p, permutation] of spec.permutations.entries()) {
    const next = new Map(Object.keys(spec.sessions).map((s) => [s, 1]));
    for (const [i, id] of permutation.entries()) {
      if (!steps.has(id)) return ctx.addIssue({ code: 'custom', path: ['permutations', p, i], message: unknown(id) });
      const { session, index } = steps.get(id)!;
      const expected = next.get(session)!;
      if (index + 1 !== expected) {
        return ctx.addIssue({
          code: 'custom', path: ['permutations', p, i],
          message: index + 1 < expected
            ? `lists ${id} twice; a session runs each of its steps once, so this permutation can never complete`
            : `runs ${id} before ${session}${expected}, but a session runs its steps in order, so this permutation can never complete; list ${session}${expected} first`,
        });
      }
      next.set(session, expected + 1);
    }
    const missing = [...next].filter(([s, n]) => n <= spec.sessions[s]!.length).map(([s, n]) => `${s}${n}`);
    if (missing.length) {
      return ctx.addIssue({ code: 'custom', path: ['permutations', p], message: `never runs ${missing.join(', ')}; list every step of every session once` });
    }
  }
}
