export * from './wise-api';
export * from './wise-money';
