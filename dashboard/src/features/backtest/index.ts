export { BacktestPanel } from './backtest-panel';
