export type { ClickFilters } from './click-filters';
export type { CsvExport } from '../csv-export';
export { type ClickExplanation, type ExplainedConversion, type ExplainedLine, explainClick } from './explain-click';
export { exportClicks } from './export-clicks';
export { type ClickPage, type ListClicksInput, listClicks } from './list-clicks';
export type { ClickRow } from './read-clicks';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { explainLines } from './explain-lines';
export { type AudienceColumns, type AudienceRequest, audienceCsv } from './audience-csv';
