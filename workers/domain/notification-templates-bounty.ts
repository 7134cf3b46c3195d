import type { Locale } from '../../schema/enums';
import { amount, type Renderer, str } from './notification-template-parts';
import { endSentence } from './sentence';

/**
 * A bounty's news for the affiliate (`bounty`): data.outcome approved (its submission won, data.bonusMinor
 * in data.currency is booked), rejected (data.reason) or awarded (a performance target reached), with
 * data.bountyName and data.programName.
 */
export function bountyDecided(locale: Locale): Renderer {
  return (d) => {
    const bounty = str(d, 'bountyName');
    const program = str(d, 'programName');
    const outcome = str(d, 'outcome');
    if (!bounty || !program) return null;
    const bonus = amount(d, 'bonusMinor');
    const reason = str(d, 'reason');
    if (outcome === 'rejected') {
      if (locale === 'ru')
        return {
          title: `${bounty}: работа не принята`,
          body: `Рекламодатель программы ${program} отклонил вашу работу. Причина: ${endSentence(reason ?? 'не указана')} Пока задание открыто, можно отправить её снова.`,
        };
      return {
        title: `${bounty}: your submission was not accepted`,
        body: `The advertiser of ${program} rejected your submission. Reason: ${endSentence(reason ?? 'none given')} You may submit again while the bounty is open.`,
      };
    }
    if ((outcome !== 'approved' && outcome !== 'awarded') || !bonus) return null;
    if (locale === 'ru')
      return {
        title:
          outcome === 'approved'
            ? `${bounty}: работа принята, бонус ${bonus}`
            : `${bounty}: цель достигнута, бонус ${bonus}`,
        body: `Бонус ${bonus} в программе ${program} начислен и ждёт окончания холда, как любая комиссия.`,
      };
    return {
      title:
        outcome === 'approved'
          ? `${bounty}: approved, a ${bonus} bonus`
          : `${bounty}: target reached, a ${bonus} bonus`,
      body: `The ${bonus} bonus in ${program} is on hold until the hold period ends, like any commission.`,
    };
  };
}
