export { drainClickSpool, SPOOL_PREFIX } from './drain-click-spool';
export { publishClickCounters } from './publish-click-counters';
export { publishRouting, type RoutingChange } from './publish-routing';
export { rebuildRouting } from './rebuild-routing';
export { recordClicks } from './record-clicks';
