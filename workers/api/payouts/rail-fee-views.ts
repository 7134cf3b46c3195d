import { z } from '@hono/zod-openapi';
import type { OrgRailFees } from '../../services/rail-fees';
import { perRail, railFeeInput } from '../shared/rail-fee-schemas';

const source = z
  .enum(['organization', 'platform', 'built_in'])
  .describe('organization: its own setting; platform: the platform’s default; built_in: the list price');

export const orgRailFeesView = z
  .object({
    fees: perRail(railFeeInput).describe('What each rail costs per item now'),
    source: perRail(source),
    defaults: perRail(railFeeInput).describe('What applies to a rail without the organization’s own setting'),
  })
  .openapi('OrgRailFees');

/**
 * A rail's own fee or null. A union rather than .nullable(): the generator would write a described nullable
 * reference as allOf [RailFee, object|null], which admits no null (and types it as never-null for the dashboard).
 */
const ownFee = z.union([railFeeInput, z.null()]).describe('null: the platform’s default');

export const setOrgRailFeesBody = perRail(ownFee).strict().openapi('SetOrgRailFeesRequest');

export const orgRailFeesJson = (f: OrgRailFees): z.infer<typeof orgRailFeesView> => ({
  fees: f.fees,
  source: f.source,
  defaults: f.defaults,
});
