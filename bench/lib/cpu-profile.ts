// A V8 CPU profile of one Worker in workerd, through Miniflare's inspector proxy (the DevTools
// protocol), summarised as self and inclusive time per function. Sampling slows the Worker a
// little, so use it for where time goes, not for throughput.
import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface ProfileSummary {
  totalSamples: number;
  durationMs: number;
  /** [label, self %, inclusive %] sorted by self time. */
  self: [string, number, number][];
  /** [label, inclusive %] for frames matching a filter, sorted by inclusive time. */
  inclusive: [string, number][];
}

export async function startCpuProfile(inspectorPort: number, workerId: string, samplingIntervalUs = 200) {
  const ws = new WebSocket(`ws://127.0.0.1:${inspectorPort}/${workerId}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (err: Error) => void }>();
  ws.on('message', (data: Buffer) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: unknown };
    const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id!);
    if (msg.error) waiter.reject(new Error(JSON.stringify(msg.error)));
    else waiter.resolve(msg.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
  await send('Profiler.start');

  return async function stop(focus: RegExp): Promise<ProfileSummary> {
    const { profile } = (await send('Profiler.stop')) as { profile: Profile };
    ws.close();
    // The raw profile opens in Chrome DevTools (Performance → load), with line-level ticks.
    if (process.env.BENCH_CPU_PROFILE_OUT) writeFileSync(process.env.BENCH_CPU_PROFILE_OUT, JSON.stringify(profile));
    return summarise(profile, focus);
  };
}

function summarise(profile: Profile, focus: RegExp): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
  };
  const total = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
  const selfHits = new Map<string, number>();
  const inclHits = new Map<string, number>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (!hits) continue;
    const l = label(n);
    selfHits.set(l, (selfHits.get(l) ?? 0) + hits);
    // Inclusive: count each distinct label once per stack.
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      const ll = label(byId.get(id)!);
      if (seen.has(ll)) continue;
      seen.add(ll);
      inclHits.set(ll, (inclHits.get(ll) ?? 0) + hits);
    }
  }
  const pct = (h: number) => Math.round((h / total) * 1000) / 10;
  return {
    totalSamples: total,
    durationMs: (profile.endTime - profile.startTime) / 1000,
    self: [...selfHits.entries()].sort((a, b) => b[1] - a[1]).map(([l, h]) => [l, pct(h), pct(inclHits.get(l) ?? h)]),
    inclusive: [...inclHits.entries()]
      .filter(([l]) => focus.test(l))
      .sort((a, b) => b[1] - a[1])
      .map(([l, h]) => [l, pct(h)]),
  };
}
