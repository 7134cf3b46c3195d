import { describe, expect, it } from 'vitest';
import {
  displayName,
  messageNotificationKey,
  messagePreview,
  overMessageBurst,
  withinEditWindow,
} from './message-rules';

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
    [{ firstName: null, lastName: null, email: 'ann.lee@x.io' }, 'ann.lee@x.io'],
  ])('%o → %s', (p, name) => {
    expect(displayName(p)).toBe(name);
  });
  it.each([
    [{ firstName: 'Ann', lastName: null, email: 'ceo@acme.example' }, 'Ann'],
    [{ firstName: null, lastName: null, email: 'ceo@acme.example' }, 'Acme'],
    [{ firstName: ' ', lastName: null, email: 'ceo@acme.example' }, 'Acme'],
  ])('staff %o → %s, never the email or its local part', (p, name) => {
    expect(displayName(p, 'Acme')).toBe(name);
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

describe('withinEditWindow', () => {
  const sent = new Date('2026-05-01T12:00:00Z');
  it.each([
    ['at once', 0, true],
    ['14 min 59 s later', 899_000, true],
    ['exactly 15 minutes later', 900_000, true],
    ['a second past 15 minutes', 901_000, false],
    ['a day later', 86_400_000, false],
  ])('%s → %s', (_, after, open) => {
    expect(withinEditWindow(sent, new Date(sent.getTime() + after))).toBe(open);
  });
});
