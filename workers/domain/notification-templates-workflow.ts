import type { Locale } from '../../schema/enums';
import { amount, type Renderer, str } from './notification-template-parts';

/**
 * A program workflow fired for the affiliate (`workflow`): data.programName, a bonus
 * (data.bonusMinor in data.currency) and/or the advertiser's message in each language
 * (data.messageEn, data.messageRu; Russian readers fall back to the English text when there is none).
 */
export function workflowFired(locale: Locale): Renderer {
  return (d) => {
    const program = str(d, 'programName');
    if (!program) return null;
    const bonus = amount(d, 'bonusMinor');
    const message = (locale === 'ru' ? str(d, 'messageRu') : null) ?? str(d, 'messageEn');
    if (!bonus && !message) return null;
    if (locale === 'ru')
      return {
        title: bonus ? `${program}: бонус ${bonus}` : `${program}: сообщение от рекламодателя`,
        body: [message, bonus ? `Бонус ${bonus} начислен и ждёт окончания холда, как любая комиссия.` : null]
          .filter(Boolean)
          .join(' '),
      };
    return {
      title: bonus ? `${program}: a ${bonus} bonus` : `${program}: a message from the advertiser`,
      body: [message, bonus ? `The ${bonus} bonus is on hold until the hold period ends, like any commission.` : null]
        .filter(Boolean)
        .join(' '),
    };
  };
}
