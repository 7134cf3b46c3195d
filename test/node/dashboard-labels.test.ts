import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuditAction, NotificationEvent } from '../../schema/enums';

// Every code a person can meet in the dashboard has a label in both languages: each notification
// event a name and a one-line description, each audit action a name.

const LANGUAGES = ['en', 'ru'] as const;
const locale = (language: string, namespace: string) =>
  JSON.parse(
    readFileSync(new URL(`../../dashboard/src/locales/${language}/${namespace}.json`, import.meta.url), 'utf8'),
  );

/** The value at a dotted path, following i18next's nesting ('user.banned' is actions → user → banned). */
const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

describe.each(LANGUAGES)('%s', (language) => {
  const notify = locale(language, 'notifysettings');
  const audit = locale(language, 'audit');

  it.each(NotificationEvent)('notification event %s has a label and a description', (event) => {
    expect(filled(notify.events[event]), `events.${event}`).toBe(true);
    expect(filled(notify.hints[event]), `hints.${event}`).toBe(true);
    expect(notify.events[event]).not.toBe(event);
  });

  it.each(AuditAction)('audit action %s has a label', (action) => {
    const label = at(audit.actions, action);
    expect(filled(label), `actions.${action}`).toBe(true);
    expect(label).not.toBe(action);
  });

  it('has no audit label for an action that does not exist', () => {
    const labelled = Object.entries(audit.actions as Record<string, Record<string, string>>).flatMap(
      ([area, actions]) => Object.keys(actions).map((name) => `${area}.${name}`),
    );
    expect(labelled.sort()).toEqual([...AuditAction].sort());
  });
});

it('labels the two languages differently (Russian is translated, not copied)', () => {
  const en = locale('en', 'audit');
  const ru = locale('ru', 'audit');
  const same = AuditAction.filter((action) => at(en.actions, action) === at(ru.actions, action));
  expect(same).toEqual([]);
});
