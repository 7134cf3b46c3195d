import { describe, expect, test } from 'vitest';
import { applicationForm, checkAnswers, labelIn, type Question, readForm } from './application-form';
import { termsAcceptanceIssue } from './terms-acceptance';

const form: Question[] = [
  { id: 'site', kind: 'url', label: { en: 'Your site', ru: 'Ваш сайт' }, required: true },
  { id: 'name', kind: 'short_text', label: { en: 'Name' }, required: false },
  { id: 'plan', kind: 'long_text', label: { en: 'How will you promote us?' }, required: false },
  {
    id: 'channel',
    kind: 'single_choice',
    label: { en: 'Main channel', ru: 'Основной канал' },
    required: true,
    options: [
      { value: 'blog', label: { en: 'Blog' } },
      { value: 'youtube', label: { en: 'YouTube' } },
    ],
  },
  {
    id: 'regions',
    kind: 'multiple_choice',
    label: { en: 'Regions' },
    required: false,
    options: [
      { value: 'eu', label: { en: 'Europe' } },
      { value: 'us', label: { en: 'USA' } },
      { value: 'asia', label: { en: 'Asia' } },
    ],
  },
];
const valid = { site: 'https://blog.example/', channel: 'blog' };

describe('checkAnswers', () => {
  test.each([
    { label: 'only the required answers', answers: valid, ok: true },
    { label: 'every answer', answers: { ...valid, name: 'Ann', plan: 'Reviews', regions: ['eu', 'us'] }, ok: true },
    { label: 'a blank optional text counts as unanswered', answers: { ...valid, name: '   ' }, ok: true },
    { label: 'an empty optional selection counts as unanswered', answers: { ...valid, regions: [] }, ok: true },
    { label: 'a required text missing', answers: { channel: 'blog' }, ok: false, question: 'site' },
    { label: 'a required text left blank', answers: { ...valid, site: ' ' }, ok: false, question: 'site' },
    { label: 'a required choice missing', answers: { site: valid.site }, ok: false, question: 'channel' },
    {
      label: 'a URL that is not http(s)',
      answers: { ...valid, site: 'javascript:alert(1)' },
      ok: false,
      question: 'site',
    },
    { label: 'a URL that is not a URL', answers: { ...valid, site: 'my blog' }, ok: false, question: 'site' },
    { label: 'a choice not offered', answers: { ...valid, channel: 'tiktok' }, ok: false, question: 'channel' },
    {
      label: 'several values for a single choice',
      answers: { ...valid, channel: ['blog'] },
      ok: false,
      question: 'channel',
    },
    {
      label: 'a multiple choice value not offered',
      answers: { ...valid, regions: ['mars'] },
      ok: false,
      question: 'regions',
    },
    {
      label: 'a multiple choice value twice',
      answers: { ...valid, regions: ['eu', 'eu'] },
      ok: false,
      question: 'regions',
    },
    { label: 'a short text over 200', answers: { ...valid, name: 'x'.repeat(201) }, ok: false, question: 'name' },
    { label: 'a long text over 2000', answers: { ...valid, plan: 'x'.repeat(2001) }, ok: false, question: 'plan' },
    { label: 'an answer to a question not asked', answers: { ...valid, age: '30' }, ok: false, question: 'age' },
  ])('$label', ({ answers, ok, question }) => {
    const result = checkAnswers(form, answers);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.issues.map((i) => i.questionId)).toContain(question);
  });

  test('keeps the answers in the form’s order, with each question as asked, and trims text', () => {
    const result = checkAnswers(form, { regions: ['us'], channel: 'youtube', site: ' https://a.example/x ' });
    expect(result).toEqual({
      ok: true,
      answers: [
        { questionId: 'site', kind: 'url', label: { en: 'Your site', ru: 'Ваш сайт' }, value: 'https://a.example/x' },
        {
          questionId: 'channel',
          kind: 'single_choice',
          label: { en: 'Main channel', ru: 'Основной канал' },
          value: 'youtube',
          chosen: [{ value: 'youtube', label: { en: 'YouTube' } }],
        },
        {
          questionId: 'regions',
          kind: 'multiple_choice',
          label: { en: 'Regions' },
          value: ['us'],
          chosen: [{ value: 'us', label: { en: 'USA' } }],
        },
      ],
    });
  });

  test('a missing required answer says "required"', () => {
    const result = checkAnswers(form, { channel: 'blog' });
    expect(result.ok === false && result.issues).toEqual([{ questionId: 'site', problem: 'required' }]);
  });

  test('an empty form accepts no answers and refuses any', () => {
    expect(checkAnswers([], {})).toEqual({ ok: true, answers: [] });
    expect(checkAnswers([], { x: 'y' }).ok).toBe(false);
  });
});

describe('applicationForm (the definition)', () => {
  const q = (over: Partial<Question>): Question => ({
    id: 'a',
    kind: 'short_text',
    label: { en: 'A' },
    required: false,
    ...over,
  });
  const two = [
    { value: 'x', label: { en: 'X' } },
    { value: 'y', label: { en: 'Y' } },
  ];
  test.each([
    { label: 'a text question', questions: [q({})], ok: true },
    { label: 'a choice with two options', questions: [q({ kind: 'single_choice', options: two })], ok: true },
    {
      label: 'a choice with one option',
      questions: [q({ kind: 'multiple_choice', options: two.slice(0, 1) })],
      ok: false,
    },
    { label: 'a text question with options', questions: [q({ options: two })], ok: false },
    {
      label: 'options with the same value',
      questions: [q({ kind: 'single_choice', options: [two[0]!, two[0]!] })],
      ok: false,
    },
    { label: 'two questions with one id', questions: [q({}), q({ label: { en: 'B' } })], ok: false },
    { label: 'an id with capitals', questions: [q({ id: 'Site' })], ok: false },
    { label: 'an empty English label', questions: [q({ label: { en: ' ' } })], ok: false },
    { label: '21 questions', questions: Array.from({ length: 21 }, (_, i) => q({ id: `q${i}` })), ok: false },
  ])('$label', ({ questions, ok }) => expect(applicationForm.safeParse(questions).success).toBe(ok));

  test('a stored form that no longer parses asks nothing', () => {
    expect(readForm([{ id: 'x' }])).toEqual([]);
    expect(readForm([q({})])).toEqual([q({})]);
  });
});

describe('labelIn', () => {
  test.each([
    { label: 'English', text: { en: 'Site', ru: 'Сайт' }, locale: 'en', shown: 'Site' },
    { label: 'Russian when written', text: { en: 'Site', ru: 'Сайт' }, locale: 'ru', shown: 'Сайт' },
    { label: 'English when no Russian', text: { en: 'Site', ru: null }, locale: 'ru', shown: 'Site' },
    { label: 'English when Russian is empty', text: { en: 'Site', ru: '' }, locale: 'ru', shown: 'Site' },
  ])('$label', ({ text, locale, shown }) => expect(labelIn(text, locale)).toBe(shown));
});

describe('termsAcceptanceIssue', () => {
  test.each([
    { label: 'no terms, nothing accepted', current: null, accepted: undefined, issue: null },
    { label: 'no terms, a version sent anyway', current: null, accepted: 3, issue: null },
    { label: 'terms, none accepted', current: 2, accepted: undefined, issue: 'not_accepted' },
    { label: 'terms, an older version accepted', current: 2, accepted: 1, issue: 'outdated' },
    { label: 'terms, the current version accepted', current: 2, accepted: 2, issue: null },
  ])('$label', ({ current, accepted, issue }) => expect(termsAcceptanceIssue(current, accepted)).toBe(issue));
});
