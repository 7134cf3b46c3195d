import { and, eq } from 'drizzle-orm';
import { programs, type Program } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** A program of `organizationId`; not_found for a program of another tenant. `lock` takes a row lock. */
export async function findProgramOrThrow({
  ctx,
  input: { organizationId, programId, lock = false },
}: ServiceCall<{ organizationId: string; programId: string; lock?: boolean }>): Promise<Program> {
  const query = ctx.db
    .select()
    .from(programs)
    .where(and(eq(programs.id, programId), eq(programs.organizationId, organizationId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('program', programId);
  return row;
}

/** What the audit trail keeps of a program: everything but the postback secret's hash. */
export function auditedProgram(row: Program): Omit<Program, 'postbackSecretHash'> & { hasPostbackSecret: boolean } {
  const { postbackSecretHash, ...rest } = row;
  return { ...rest, hasPostbackSecret: postbackSecretHash !== null };
}
