import type { Program } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findProgramOrThrow } from './find-program';

export async function getProgram({ ctx, input }: ServiceCall<{ programId: string }>): Promise<Program> {
  return findProgramOrThrow({
    ctx,
    input: { organizationId: actingAdvertiser(ctx).organizationId, programId: input.programId },
  });
}
