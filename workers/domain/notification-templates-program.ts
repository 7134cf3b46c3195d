import type { Locale } from '../../schema/enums';
import { type Renderer, str } from './notification-template-parts';

/**
 * The advertiser approved the affiliate's application (`program_approved`): data.programName, by hand or by
 * one of its auto-approval rules (data.by `advertiser|rule`). The same words either way: to the affiliate
 * both are the advertiser's yes.
 */
export function programApproved(locale: Locale): Renderer {
  return (d) => {
    const program = str(d, 'programName');
    if (!program) return null;
    if (locale === 'ru')
      return {
        title: `Заявка в программу ${program} одобрена`,
        body: 'Теперь вы участник программы: создавайте ссылки, берите баннеры и следите за комиссиями на странице программы.',
      };
    return {
      title: `Your application to ${program} was approved`,
      body: 'You are now an affiliate of this program: create links, take its banners and follow your commissions on the program page.',
    };
  };
}
