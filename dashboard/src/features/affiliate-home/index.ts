export { HomePage } from './home-page';
export { affiliateHomeKeys } from './queries/affiliate-home';
