// ua-parser-js 1.x is CommonJS: its module object is the UAParser constructor itself.
import UAParser from 'ua-parser-js';
import type { BoundedMemo } from './bounded-memo';

export interface Device {
  deviceType: string;
  os: string | null;
  browser: string | null;
}

/**
 * Device type, OS and browser from a user agent (ua-parser-js 1.x, MIT; 2.x changed to AGPL).
 * Parsing costs tens of microseconds and a batch repeats few distinct agents, so the caller
 * keeps results in a memo. ua-parser leaves desktop devices without a type; we call them desktop.
 */
export function parseUserAgent(userAgent: string | null, memo?: BoundedMemo<string, Device>): Device {
  if (!userAgent) return { deviceType: 'unknown', os: null, browser: null };
  const hit = memo?.get(userAgent);
  if (hit) return hit;
  const result = new UAParser(userAgent).getResult();
  const device: Device = {
    deviceType: result.device.type ?? 'desktop',
    os: result.os.name ?? null,
    browser: result.browser.name ?? null,
  };
  memo?.set(userAgent, device);
  return device;
}
