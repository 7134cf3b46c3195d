import { Radio, Select, Stack, TextInput } from '@mantine/core';
import type { FieldProblem } from '@domain/wise-recipient';
import { useTranslation } from 'react-i18next';
import type { WiseRequirementField } from './queries';
import { wiseWords } from './wise-words';

/** One input of Wise's requirements: a choice for select/radio fields, text otherwise, with its live problem. */
export function WiseField({
  label,
  field,
  value,
  problem,
  onChange,
}: {
  label: string;
  field: WiseRequirementField;
  value: string;
  problem: FieldProblem | null;
  onChange: (value: string) => void;
}) {
  const { t, i18n } = useTranslation('payoutmethods');
  const words = wiseWords(t, i18n.language);
  const optionName = (o: { key: string; name: string }) => words.option(field.key, o.key, o.name);
  const error = problem ? t(`wise.problem.${problem}`, { min: field.minLength ?? 0, max: field.maxLength ?? 0 }) : null;
  const testId = `wise-field-${field.key}`;
  const options = field.valuesAllowed ?? [];
  if (field.type === 'radio' && options.length > 0)
    return (
      <Radio.Group
        label={label}
        value={value}
        onChange={onChange}
        required={field.required}
        error={error}
        data-testid={testId}
      >
        <Stack gap={4} mt={4}>
          {options.map((o) => (
            <Radio key={o.key} value={o.key} label={optionName(o)} />
          ))}
        </Stack>
      </Radio.Group>
    );
  if (options.length > 0)
    return (
      <Select
        label={label}
        data={options.map((o) => ({ value: o.key, label: optionName(o) }))}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        searchable
        required={field.required}
        error={error}
        data-testid={testId}
      />
    );
  return (
    <TextInput
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      placeholder={field.example ?? undefined}
      required={field.required}
      error={error}
      maxLength={field.maxLength ?? undefined}
      data-testid={testId}
    />
  );
}
