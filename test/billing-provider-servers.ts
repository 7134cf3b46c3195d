import type { TestProject } from 'vitest/node';
import { freePort } from '../dev/free-port';
import { startLemonSqueezyServer } from '../dev/lemon-squeezy-server';
import { startPaddleServer } from '../dev/paddle-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared local Paddle server (dev/paddle-server.ts), on 127.0.0.1. */
    paddleBaseUrl: string;
    /** Base URL of the shared local Lemon Squeezy server (dev/lemon-squeezy-server.ts), on 127.0.0.1. */
    lemonSqueezyBaseUrl: string;
  }
}

/**
 * One local Paddle and one local Lemon Squeezy server for the run. They cannot reach the Worker
 * inside workerd's test isolate, so tests ask them for signed deliveries (`deliver: false`) and
 * send those themselves, in whatever order a test needs. Each test creates its own destinations.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const paddle = await startPaddleServer({ port: await freePort() });
  const lemonSqueezy = await startLemonSqueezyServer({ port: await freePort() });
  project.provide('paddleBaseUrl', paddle.url);
  project.provide('lemonSqueezyBaseUrl', lemonSqueezy.url);
  return async () => {
    await paddle.close();
    await lemonSqueezy.close();
  };
}
