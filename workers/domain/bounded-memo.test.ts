import { expect, test } from 'vitest';
import { BoundedMemo } from './bounded-memo';

test('a bounded memo keeps up to its bound, then starts over', () => {
  const memo = new BoundedMemo<string, number>(2);
  expect(memo.set('a', 1)).toBe(1);
  memo.set('b', 2);
  expect([memo.get('a'), memo.get('b'), memo.size]).toEqual([1, 2, 2]);
  memo.set('c', 3);
  expect([memo.get('a'), memo.get('b'), memo.get('c'), memo.size]).toEqual([undefined, undefined, 3, 1]);
  memo.clear();
  expect(memo.get('c')).toBeUndefined();
});
