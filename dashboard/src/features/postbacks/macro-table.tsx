import { Code, ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POSTBACK_MACROS } from '@domain/postback-template';
import { SectionCard } from '@/ui/section-card';

/** Every macro the template may use and what it is replaced with. */
export function MacroTable() {
  const { t } = useTranslation('earnings');
  return (
    <SectionCard title={t('postback.macros.title')} id="macro-table-title">
      <ScrollArea type="auto" offsetScrollbars="x" viewportProps={{ tabIndex: 0 }}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('postback.macros.macro')}</Table.Th>
              <Table.Th>{t('postback.macros.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {POSTBACK_MACROS.filter((m) => !/^sub([2-9]|10)$/.test(m)).map((macro) => (
              <Table.Tr key={macro}>
                {/* A macro stays whole ("{advertiser_id}"); "{sub1} … {sub10}" may wrap at its spaces on a phone. */}
                <Table.Td>
                  <Code style={{ overflowWrap: 'normal' }}>{macro === 'sub1' ? '{sub1} … {sub10}' : `{${macro}}`}</Code>
                </Table.Td>
                <Table.Td>{t(`postback.macros.values.${macro as 'click_id'}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </SectionCard>
  );
}
