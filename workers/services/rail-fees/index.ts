export { type OrgRailFees, readRailFees } from './read-rail-fees';
export { setOrgRailFees } from './set-org-rail-fees';
