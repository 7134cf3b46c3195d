/**
 * The chart's code (recharts, the heaviest chunk), one import for the lazy component and for a stats route's
 * loader, which starts it beside the page's reports instead of after them (bench/dashboard.ts).
 */
export const importMetricChart = () => import('./metric-chart');
