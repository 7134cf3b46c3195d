import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { runBacktestRoute } from './run-backtest';

/** The backtest: proposed group terms replayed over a program's stored history. */
export const backtestRoutes = new OpenAPIHono<AppEnv>().route('/', runBacktestRoute);
