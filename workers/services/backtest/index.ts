export { type BacktestInput, type BacktestResult, runBacktest } from './run-backtest';
