import type { Locale } from '../../schema/enums';
import { type Renderer, str } from './notification-template-parts';

/**
 * The advertiser approved the affiliate's application (`program_approved`): data.programName, by hand or by
 * one of its auto-approval rules (data.by `advertiser|rule`). The same words either way: to the affiliate
 * both are the advertiser's yes. data.programUrl, the program's page on the affiliate's host, is the link line
 * of the email and the Telegram message (the in-app item links by itself). data.note is what the advertiser wrote
 * for the affiliate when approving ("the affiliate sees it"), quoted after the body in every channel.
 */
export function programApproved(locale: Locale): Renderer {
  return (d) => {
    const program = str(d, 'programName');
    if (!program) return null;
    const url = str(d, 'programUrl');
    const note = str(d, 'note')?.trim();
    if (locale === 'ru')
      return {
        title: `Заявка в программу ${program} одобрена`,
        body: `Теперь вы участник программы: создавайте ссылки, берите баннеры и следите за комиссиями на странице программы.${note ? `\n\nКомментарий рекламодателя: ${note}` : ''}`,
        link: url ? `Страница программы: ${url}` : null,
      };
    return {
      title: `Your application to ${program} was approved`,
      body: `You are now an affiliate of this program: create links, take its banners and follow your commissions on the program page.${note ? `\n\nNote from the advertiser: ${note}` : ''}`,
      link: url ? `Program page: ${url}` : null,
    };
  };
}
