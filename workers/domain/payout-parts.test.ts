import { describe, expect, test } from 'vitest';
import { partCount, partOfIndex, senderBatchId } from './payout-parts';

describe('payout parts', () => {
  test.each([
    { items: 1, parts: 1 },
    { items: 15_000, parts: 1 },
    { items: 15_001, parts: 2 },
    { items: 30_000, parts: 2 },
    { items: 30_001, parts: 3 },
  ])('$items items → $parts parts', ({ items, parts }) => expect(partCount(items)).toBe(parts));

  test.each([
    { index: 0, part: 0 },
    { index: 14_999, part: 0 },
    { index: 15_000, part: 1 },
    { index: 29_999, part: 1 },
  ])('item #$index goes to part $part', ({ index, part }) => expect(partOfIndex(index)).toBe(part));

  test('sender_batch_id is the batch id for part 0, suffixed after', () => {
    const id = '01890a5d-ac96-774b-bcce-b302099a8057';
    expect(senderBatchId(id, 0)).toBe(id);
    expect(senderBatchId(id, 1)).toBe(`${id}-1`);
    expect(() => senderBatchId(id, -1)).toThrow(RangeError);
  });
});
