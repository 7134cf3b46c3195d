import { describe, expect, it } from 'vitest';
import { organizationSlug, randomSlugSuffix } from './slug';

describe('organizationSlug', () => {
  it.each([
    ['Acme Software', 'acme-software-abc123'],
    ['  Ünïcode & Co. ', 'unicode-co-abc123'],
    ['Рога и копыта', 'org-abc123'],
    ['a'.repeat(60), `${'a'.repeat(40)}-abc123`],
  ])('%s → %s', (name, slug) => {
    expect(organizationSlug(name, 'abc123')).toBe(slug);
  });

  it('suffixes are six hex characters', () => {
    expect(randomSlugSuffix()).toMatch(/^[0-9a-f]{6}$/);
  });
});
