export * from './tremendous-api';
