import type { Creative } from '../../../schema';
import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';
import { findCreativeOrThrow } from './find-creative';

export async function getCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creativeId: string }>): Promise<Creative> {
  return findCreativeOrThrow(ctx.db, advertiserOrgId(ctx), input.programId, input.creativeId);
}
