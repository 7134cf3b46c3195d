import { describe, expect, it } from 'vitest';
import { endSentence } from './sentence';

describe('endSentence', () => {
  it.each([
    ['duplicate', 'duplicate.'],
    ['Does not follow the brief.', 'Does not follow the brief.'],
    ['Does not follow the brief.  ', 'Does not follow the brief.'],
    ['Fraud?', 'Fraud?'],
    ['Stop!', 'Stop!'],
    ['Wait…', 'Wait…'],
    ['He said “no.”', 'He said “no.”'],
    ['(see the terms.)', '(see the terms.)'],
    ['Не по брифу', 'Не по брифу.'],
    ['HTTP 502', 'HTTP 502.'],
  ])('%j → %j', (text, sentence) => {
    expect(endSentence(text)).toBe(sentence);
  });
});
