import { describe, expect, test } from 'vitest';
import { decodeStatsCursor, encodeStatsCursor, type StatsKeyset } from './stats-cursor';

describe('report cursors', () => {
  test.each<[StatsKeyset]>([[[-12, 1_767_225_600, 'US', 'mobile']], [[0, 0, '', '']], [[3.5, 0, 'Zürich ü', 'ä,b']]])(
    '%j survives the round trip',
    (keyset) => {
      expect(decodeStatsCursor('clicks|desc', encodeStatsCursor('clicks|desc', keyset))).toEqual(keyset);
    },
  );

  test.each([
    ['garbage', 'clicks|desc'],
    ['', 'clicks|desc'],
    [btoa('{"o":"clicks|desc","k":[1,2,3]}'), 'clicks|desc'],
    [btoa('{"o":"clicks|desc","k":["1",2,"a","b"]}'), 'clicks|desc'],
    [encodeStatsCursor('time|asc', [1, 2, 'a', 'b']), 'clicks|desc'],
  ])('%j is refused for %s with invalid_cursor', (cursor, ordering) => {
    expect(() => decodeStatsCursor(ordering, cursor)).toThrow(
      expect.objectContaining({ code: 'invalid_cursor' }) as Error,
    );
  });
});
