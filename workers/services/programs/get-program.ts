import type { Program } from '../../../schema';
import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';
import { findProgramOrThrow } from './find-program';

export async function getProgram({ ctx, input }: ServiceCall<{ programId: string }>): Promise<Program> {
  return findProgramOrThrow(ctx.db, advertiserOrgId(ctx), input.programId);
}
