import { Group, Select } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/ru';
import { useTranslation } from 'react-i18next';
import { DATE_RANGE_PRESETS, type DateRangePreset, type DateRangeSearch, resolveDateRange } from '@/lib/date-range';

type DateRangeFilterProps = {
  /** The route's validated search (see dateRangeSearch in lib/date-range.ts). */
  value: DateRangeSearch;
  /** Write the change into the URL: `navigate({ search: (prev) => ({ ...prev, ...next }) })`. */
  onChange: (next: DateRangeSearch) => void;
};

/** Preset ranges plus a custom calendar range; the value lives in the URL so reports can be shared. */
export function DateRangeFilter({ value, onChange }: DateRangeFilterProps) {
  const { t, i18n } = useTranslation();
  const preset = value.range ?? '30d';
  const resolved = resolveDateRange(value);
  return (
    <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: i18n.language === 'ru' ? 1 : 0 }}>
      {/* Full width on phones, like the filters beside it, instead of a lone narrow select. */}
      <Group gap="sm" wrap="wrap" align="flex-end" w={{ base: '100%', xs: 'auto' }}>
        <Select
          label={t('dateRange.label')}
          data={DATE_RANGE_PRESETS.map((p) => ({ value: p, label: t(`dateRange.presets.${p}`) }))}
          value={preset}
          allowDeselect={false}
          onChange={(next) => {
            const range = (next ?? '30d') as DateRangePreset;
            onChange(range === 'custom' ? { range, ...resolved } : { range, from: undefined, to: undefined });
          }}
          w={{ base: '100%', xs: 210 }}
        />
        {preset === 'custom' && (
          <DatePickerInput
            type="range"
            label={t('dateRange.custom')}
            value={[resolved.from, resolved.to]}
            maxDate={new Date()}
            onChange={([from, to]) => {
              if (from && to) onChange({ range: 'custom', from, to });
            }}
            miw={220}
          />
        )}
      </Group>
    </DatesProvider>
  );
}
