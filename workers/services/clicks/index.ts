export type { Audience } from './audience';
export type { ClickFilters } from './click-filters';
export type { CsvExport } from '../csv-export';
export { type ClickExplanation, type ExplainedConversion, type ExplainedLine, explainClick } from './explain-click';
export { exportClicks } from './export-clicks';
export { type CommissionExportFilters, exportCommissions } from './export-commissions';
export { type ConversionExportFilters, exportConversions } from './export-conversions';
export { type ClickPage, type ListClicksInput, listClicks } from './list-clicks';
export type { ClickRow } from './read-clicks';
