import { describe, expect, it } from 'vitest';
import { entry, newList, newMap } from './map-entry';

describe('entry', () => {
  it('makes and stores the value on first use, then returns the same one', () => {
    const byApp = new Map<string, Map<string, number[]>>();
    entry(entry(byApp, 'app', newMap<string, number[]>), 'c1', newList<number>).push(1);
    entry(entry(byApp, 'app', newMap<string, number[]>), 'c1', newList<number>).push(2);
    entry(entry(byApp, 'app', newMap<string, number[]>), 'c2', newList<number>).push(3);
    expect([...byApp.get('app')!.entries()]).toEqual([
      ['c1', [1, 2]],
      ['c2', [3]],
    ]);
  });

  it('keeps a stored falsy value rather than making a new one', () => {
    const counts = new Map<string, number>([['zero', 0]]);
    expect(entry(counts, 'zero', () => 5)).toBe(0);
    expect(counts.get('zero')).toBe(0);
  });
});
