import type { Creative } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findCreativeOrThrow } from './find-creative';

export async function getCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creativeId: string }>): Promise<Creative> {
  return findCreativeOrThrow({
    ctx,
    input: {
      organizationId: actingAdvertiser(ctx).organizationId,
      programId: input.programId,
      creativeId: input.creativeId,
    },
  });
}
