import { describe, expect, it } from 'vitest';
import { displayName, messageNotificationKey, messagePreview, overMessageBurst } from './message-rules';

describe('messagePreview', () => {
  it.each([
    ['short text stays', 'Hello  there\n\nfriend', 'Hello there friend'],
    ['a long word is cut hard', 'x'.repeat(300), `${'x'.repeat(199)}…`],
    ['a long sentence is cut at a word', `${'word '.repeat(60)}`, `${'word '.repeat(38)}word…`],
  ])('%s', (_, body, preview) => {
    expect(messagePreview(body)).toBe(preview);
  });
});

describe('messageNotificationKey', () => {
  it('is shared by a burst until the reader moves the mark', () => {
    const a = messageNotificationKey('t', 'u', null);
    expect(messageNotificationKey('t', 'u', null)).toBe(a);
    expect(messageNotificationKey('t', 'u', 'm1')).not.toBe(a);
    expect(messageNotificationKey('t', 'v', null)).not.toBe(a);
  });
});

describe('displayName', () => {
  it.each([
    [{ firstName: 'Ann', lastName: 'Lee', email: 'a@x.io' }, 'Ann Lee'],
    [{ firstName: null, lastName: 'Lee', email: 'a@x.io' }, 'Lee'],
    [{ firstName: null, lastName: null, email: 'ann.lee@x.io' }, 'ann.lee'],
  ])('%o → %s', (p, name) => {
    expect(displayName(p)).toBe(name);
  });
});

describe('overMessageBurst', () => {
  it.each([
    [0, false],
    [29, false],
    [30, true],
  ])('%i sent → %s', (sent, over) => {
    expect(overMessageBurst(sent)).toBe(over);
  });
});
