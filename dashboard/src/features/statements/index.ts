export { StatementView } from './statement-view';
