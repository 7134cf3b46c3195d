// A V8 CPU profile of this node process over one stretch of a bench (node:inspector, no flags needed), written
// as a .cpuprofile that Chrome's DevTools or speedscope open.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Starts profiling now; the returned function stops it and writes the profile to `file`. */
export async function startNodeCpuProfile(samplingIntervalUs = 200): Promise<(file: string) => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  await session.post('Profiler.start');
  return async (file) => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
