export { PlatformRailFees } from './platform-rail-fees';
export { useRailFees } from './queries/rail-fees';
export { RailFeesCard } from './rail-fees-card';
