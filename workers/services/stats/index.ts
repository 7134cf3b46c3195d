export { type RebuildStatsInput, type RebuildStatsResult, rebuildStats } from './rebuild-stats';
