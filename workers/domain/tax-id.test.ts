import { describe, expect, it } from 'vitest';
import { foreignTinProblem, lastFour, maskedTin, normaliseTin, usTinProblem } from './tax-id';

describe('usTinProblem', () => {
  it.each([
    ['ssn', '123-45-6789', null],
    ['ssn', '123456789', null],
    ['ssn', '000-12-3456', 'has an area number the SSA never assigns'],
    ['ssn', '666-12-3456', 'has an area number the SSA never assigns'],
    ['ssn', '912-12-3456', 'has an area number the SSA never assigns'],
    ['ssn', '123-00-4567', 'has a zero group or serial number'],
    ['ssn', '123-45-0000', 'has a zero group or serial number'],
    ['ssn', '12345678', 'must be nine digits'],
    ['ssn', '12345678a', 'must be nine digits'],
    ['itin', '912-70-1234', null],
    ['itin', '912-93-1234', 'has a group number the IRS does not use for ITINs'],
    ['itin', '812-70-1234', 'an ITIN starts with 9'],
    ['ein', '12-3456789', null],
    ['ein', '07-3456789', 'is not a prefix the IRS assigns'],
  ] as const)('%s %s → %s', (type, raw, problem) => {
    expect(usTinProblem(type, raw)).toBe(problem);
  });
});

describe('foreign TINs and masking', () => {
  it('takes letters and digits with separators, refuses the rest', () => {
    expect(foreignTinProblem('DE 12.345/678-90')).toBeNull();
    expect(foreignTinProblem('ab')).toBe('must be 4 to 30 letters or digits');
    expect(foreignTinProblem('12345_6789')).toBe('must be 4 to 30 letters or digits');
  });
  it('normalises what is encrypted and shows only the last four', () => {
    expect(normaliseTin('ssn', '123-45-6789')).toBe('123456789');
    expect(normaliseTin('foreign', 'ab-12 34')).toBe('AB1234');
    expect(lastFour('123456789')).toBe('6789');
    expect(maskedTin('ssn', '6789')).toBe('•••-••-6789');
    expect(maskedTin('ein', '6789')).toBe('••-•••6789');
    expect(maskedTin('foreign', '6789')).toBe('••••6789');
  });
});
