/**
 * Checks an affiliate's bank details against the account requirements Wise gave for their currency (the fields
 * of the chosen type: required, min/max length, validationRegexp, valuesAllowed), before anything is sent to
 * Wise; the dashboard runs the same check as the affiliate types. Pure.
 */
export interface RequirementField {
  key: string;
  type: string;
  required: boolean;
  minLength?: number | null;
  maxLength?: number | null;
  validationRegexp?: string | null;
  valuesAllowed?: { key: string; name: string }[] | null;
}

export type FieldProblem = 'required' | 'too_short' | 'too_long' | 'pattern' | 'not_allowed';

/** Why one value breaks its field, or null when it is fine. */
export function fieldProblem(field: RequirementField, value: string): FieldProblem | null {
  if (value === '') return field.required ? 'required' : null;
  if (field.minLength != null && value.length < field.minLength) return 'too_short';
  if (field.maxLength != null && value.length > field.maxLength) return 'too_long';
  if (field.valuesAllowed && field.valuesAllowed.length > 0 && !field.valuesAllowed.some((v) => v.key === value))
    return 'not_allowed';
  if (field.validationRegexp) {
    let pattern: RegExp | null = null;
    try {
      pattern = new RegExp(field.validationRegexp, 'u');
    } catch {
      pattern = null; // A pattern this engine cannot read is left to Wise's own check.
    }
    if (pattern && !pattern.test(value)) return 'pattern';
  }
  return null;
}

/** A flat form's values as Wise's nested details: address.country → { address: { country } }. */
export function valuesToDetails(values: Record<string, string>): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === '') continue;
    const path = key.split('.');
    let at = details;
    for (const part of path.slice(0, -1)) {
      if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
      at = at[part] as Record<string, unknown>;
    }
    at[path.at(-1)!] = value;
  }
  return details;
}

/** Every broken field of a form, by key. */
export function recipientProblems(
  fields: RequirementField[],
  values: Record<string, string>,
): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const problem = fieldProblem(field, (values[field.key] ?? '').trim());
    if (problem) problems[field.key] = problem;
  }
  return problems;
}

/** The last characters of the account field that identifies it, for "•••• 1234". */
export function recipientSummary(values: Record<string, string>): string {
  const id =
    values.IBAN ?? values.iban ?? values.accountNumber ?? Object.values(values).find((v) => /\d{4}/.test(v)) ?? '';
  return id ? `•••• ${id.replace(/\s+/g, '').slice(-4)}` : '••••';
}
