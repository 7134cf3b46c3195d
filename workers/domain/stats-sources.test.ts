import { describe, expect, test } from 'vitest';
import { chooseStatsSource, type StatsDimension } from './stats-sources';

describe('which rollups answer a report', () => {
  test.each<[StatsDimension[], string]>([
    [[], 'stats'],
    [['country', 'device'], 'stats'],
    [['affiliate', 'app'], 'stats'],
    [['program', 'sub1'], 'subs'],
    [['sub10', 'sub10'], 'subs'],
    [['os', 'browser'], 'tech'],
    [['device', 'os'], 'tech'],
    [['link', 'affiliate'], 'links'],
    [['reason', 'program'], 'rejections'],
  ])('%j → %s', (dimensions, source) => {
    expect(chooseStatsSource(dimensions).id).toBe(source);
  });

  test.each<[StatsDimension[]]>([
    [['country', 'os']],
    [['sub1', 'sub2']],
    [['sub1', 'country']],
    [['link', 'country']],
    [['reason', 'app']],
    [['reason', 'country']],
  ])('%j is refused with stats_combination_unsupported', (dimensions) => {
    expect(() => chooseStatsSource(dimensions)).toThrow(
      expect.objectContaining({ code: 'stats_combination_unsupported' }) as Error,
    );
  });

  test.each([
    ['stats', ['clicks', 'rejected', 'conversions', 'money']],
    ['tech', ['clicks']],
    ['links', ['clicks']],
    ['rejections', ['rejected']],
  ])('%s keeps %j', (id, metrics) => {
    const dims: Record<string, StatsDimension[]> = { stats: [], tech: ['os'], links: ['link'], rejections: ['reason'] };
    expect(chooseStatsSource(dims[id]!).metrics).toEqual(metrics);
  });
});
