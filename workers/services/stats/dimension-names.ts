import type { ServiceCall } from '../../context';
import type { StatsDimension } from '../../domain/stats-sources';
import { type EntityNames, entityNames } from '../entity-names';

/** Dimensions whose values are ids: a CSV carries a readable name beside each. */
export const NAMED_DIMENSIONS = ['app', 'program', 'affiliate', 'link', 'edition'] as const;
type NamedDimension = (typeof NAMED_DIMENSIONS)[number];
export const isNamed = (d: StatsDimension): d is NamedDimension => (NAMED_DIMENSIONS as readonly string[]).includes(d);

/**
 * The names of the ids one page of a report holds (entityNames): an affiliate's report has no affiliate
 * dimension at all, so it names no other affiliate.
 */
export function dimensionNames({
  ctx,
  input,
}: ServiceCall<Partial<Record<NamedDimension, string[]>>>): Promise<EntityNames> {
  return entityNames({ ctx, input });
}
