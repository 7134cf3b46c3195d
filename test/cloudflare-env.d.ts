// Types `import { env, exports } from 'cloudflare:workers'` in tests with the Worker's own shapes.
import type { Env as WorkerEnv } from '../workers/env';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {}
    interface GlobalProps {
      mainModule: typeof import('../workers/index');
    }
  }
}
