import { describe, expect, test } from 'vitest';
import { creativeImageKey, isCreativeImageKeyOf, uploadUrl } from './upload-key';

const ORG = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
const UUID = '01900000-0000-7000-8000-0000000000aa';

describe('creative image keys', () => {
  test('a new key names the organization, the kind and the extension of the type', () => {
    expect(creativeImageKey(ORG, 'image/gif')).toMatch(new RegExp(`^creative-${ORG}-image-[0-9a-f-]{36}\\.gif$`));
    expect(creativeImageKey(ORG, 'image/jpeg')).toMatch(/\.jpg$/);
    expect(creativeImageKey(ORG, 'image/png')).not.toBe(creativeImageKey(ORG, 'image/png'));
  });

  test.each([
    { label: 'its own banner image', key: `creative-${ORG}-image-${UUID}.png`, mine: true },
    { label: 'another tenant’s banner image', key: `creative-${OTHER}-image-${UUID}.png`, mine: false },
    { label: 'its own logo', key: `brand-${ORG}-logo-${UUID}.png`, mine: false },
    { label: 'an extension a banner cannot have', key: `creative-${ORG}-image-${UUID}.ico`, mine: false },
    { label: 'a path', key: `../creative-${ORG}-image-${UUID}.png`, mine: false },
    { label: 'a URL', key: `https://x.example/creative-${ORG}-image-${UUID}.png`, mine: false },
  ])('$label → $mine', ({ key, mine }) => expect(isCreativeImageKeyOf(ORG, key)).toBe(mine));

  test('the served URL is on the app host', () => {
    expect(uploadUrl('https://app.example', 'k.png')).toBe('https://app.example/api/uploads/k.png');
  });
});
