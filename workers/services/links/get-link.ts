import type { Link } from '../../../schema';
import type { ServiceCall } from '../../context';
import { findMyLinkOrThrow } from './find-my-link';

export async function getLink({ ctx, input }: ServiceCall<{ linkId: string }>): Promise<Link> {
  return findMyLinkOrThrow({ ctx, input: { linkId: input.linkId } });
}
