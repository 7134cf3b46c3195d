import type { Locale } from '../../schema/enums';
import { formatMinorUnits } from './format-minor-units';
import { num, type Renderer, str } from './notification-template-parts';

/** "30 %" / "30 %" from basis points, two decimals only when needed. */
const percent = (bps: number) => `${Number((bps / 100).toFixed(2))} %`;

/**
 * What an affiliate earns in the group now, in the reader's words: data.commissionType with
 * data.rateBps and/or data.fixedMinor in data.currency, and data.holdDays.
 */
function termsSentence(locale: Locale, d: Record<string, unknown>): string | null {
  const rate = num(d, 'rateBps');
  const fixed = num(d, 'fixedMinor');
  const currency = str(d, 'currency');
  const hold = num(d, 'holdDays');
  const money = fixed !== null && currency ? `${formatMinorUnits(fixed, currency)} ${currency}` : null;
  const type = str(d, 'commissionType');
  const parts =
    type === 'percent' && rate !== null
      ? [percent(rate)]
      : type === 'fixed' && money
        ? [money]
        : type === 'hybrid' && rate !== null && money
          ? [percent(rate), money]
          : null;
  if (!parts) return null;
  const pay = parts.join(' + ');
  if (locale === 'ru')
    return `Теперь вы получаете ${pay} за конверсию${hold !== null ? `, комиссия ждёт ${hold} дн. до одобрения` : ''}.`;
  return `You now earn ${pay} per conversion${hold !== null ? `, held for ${hold} days before approval` : ''}.`;
}

/**
 * The advertiser moved the affiliate to another partner group (`group_change`): data.programName,
 * data.groupName, data.previousGroupName, data.description and the terms that apply from now on.
 * Commissions already earned keep their terms, and the text says so.
 */
export function groupChange(locale: Locale): Renderer {
  return (d) => {
    const program = str(d, 'programName');
    const group = str(d, 'groupName');
    if (!program || !group) return null;
    const previous = str(d, 'previousGroupName');
    const description = str(d, 'description');
    const terms = termsSentence(locale, d);
    if (locale === 'ru')
      return {
        title: `${program}: вы в группе «${group}»`,
        body: [
          `Рекламодатель перевёл вас${previous ? ` из группы «${previous}»` : ''} в группу «${group}» программы ${program}.`,
          description,
          terms,
          'Новые условия действуют для событий с этого момента; уже начисленные комиссии не меняются.',
        ]
          .filter(Boolean)
          .join(' '),
      };
    return {
      title: `${program}: you are now in ${group}`,
      body: [
        `The advertiser moved you${previous ? ` from ${previous}` : ''} to the ${group} group of ${program}.`,
        description,
        terms,
        'The new terms apply to events from now on; commissions already earned do not change.',
      ]
        .filter(Boolean)
        .join(' '),
    };
  };
}
