import { type AppError, ConflictError, ValidationError } from './app-error';

interface PgError {
  code: string;
  constraint?: string;
}

/** SQLSTATE classes that mean "your input broke a rule": 22 data exception, 23 integrity violation. */
const INPUT_ERROR = /^2[23][0-9A-Z]{3}$/;

/** The Postgres error inside whatever wrapped it (drizzle puts the driver's error in `cause`). */
export function pgErrorOf(err: unknown): PgError | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && INPUT_ERROR.test(code)) return current as PgError;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Messages for named constraints, so a conflict says which value is taken. */
export type ConstraintMessages = Partial<Record<string, string>>;

/**
 * Maps a database refusal caused by the request to a client error: unique → 409 conflict,
 * foreign key / restrict → 409 conflict (still referenced) unless named otherwise, check / not-null / data
 * exceptions → 400 validation_failed. Anything else is not the client's fault: undefined.
 */
export function constraintError(err: unknown, messages: ConstraintMessages = {}): AppError | undefined {
  const pg = pgErrorOf(err);
  if (!pg) return undefined;
  const named = pg.constraint ? messages[pg.constraint] : undefined;
  switch (pg.code) {
    case '23505':
      return new ConflictError(named ?? 'A record with these values already exists');
    case '23503':
    case '23001':
      return new ConflictError(named ?? 'The record is still referenced by other records');
    case '23514':
    case '23502':
      return new ValidationError(
        named ?? 'The values break a rule of the data model',
        pg.constraint ? [{ path: '', message: `violates ${pg.constraint}` }] : undefined,
      );
    default:
      return new ValidationError(named ?? 'A value is out of range or malformed');
  }
}

/** Runs `work`, rethrowing database refusals as the client errors above. */
export async function mapConstraintErrors<T>(work: () => Promise<T>, messages: ConstraintMessages = {}): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw constraintError(err, messages) ?? err;
  }
}

/** The constraint a unique violation hit, for callers that retry on a random-code collision. */
export function uniqueViolation(err: unknown): string | null {
  const pg = pgErrorOf(err);
  return pg?.code === '23505' ? (pg.constraint ?? '') : null;
}
