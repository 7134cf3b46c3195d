// Who may run a verb: the tenant and actor a request carries, platform staff, and per-IP bursts. Every
// area may import this; it imports no area, so it can never close an import loop between them.
export { type Audience, type AudienceScope, audienceScope } from './audience';
export { affiliateAccountSql } from './affiliate-account-sql';
export { isAffiliateAccount } from './is-affiliate-account';
export { type IpLimitedAction, limitByIp } from './limit-by-ip';
export { requirePlatformAdmin, requirePlatformOwner, requirePlatformStaff } from './platform-staff';
export { actingAdvertiser, actorId, affiliateScope, isStaffTenant, namedByBrand, portalScope } from './tenant-scope';

// Steps other areas use: one request spent of a rate-limit binding's budget, with its RateLimit fields.
export { type SpendLimitInput, spendLimit } from './spend-limit';
