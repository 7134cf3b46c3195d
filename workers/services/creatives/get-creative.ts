import type { Creative } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findCreativeOrThrow } from './find-creative';

export async function getCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creativeId: string }>): Promise<Creative> {
  return findCreativeOrThrow(ctx.db, actingAdvertiser(ctx).organizationId, input.programId, input.creativeId);
}
