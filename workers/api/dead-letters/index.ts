import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { listDeadLettersRoute } from './list-dead-letters';
import { replayDeadLetterRoute } from './replay-dead-letter';

/** Dead letters of every queue, for platform staff to inspect and replay. */
export const deadLettersRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listDeadLettersRoute)
  .route('/', replayDeadLetterRoute);
