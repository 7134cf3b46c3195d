import { listDeadLettersRoute } from './list-dead-letters';
import { replayDeadLetterRoute } from './replay-dead-letter';
import { mountRoutes } from '../mount-routes';

/** Dead letters of every queue, for platform staff to inspect and replay. */
export const deadLettersRoutes = mountRoutes([listDeadLettersRoute, replayDeadLetterRoute]);
