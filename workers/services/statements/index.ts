export { exportStatement } from './export-statement';
export { getStatement, type Statement, type StatementCurrency } from './get-statement';
export { listStatementMonths } from './list-statement-months';
