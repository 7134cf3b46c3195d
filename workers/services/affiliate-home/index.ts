export type { AffiliateHome, HomeMoney, HomePayout } from './build-home';
export { getMyAdvertiserHome } from './get-my-advertiser-home';
export { getMyHome } from './get-my-home';
