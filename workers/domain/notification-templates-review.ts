import type { Locale } from '../../schema/enums';
import type { Renderer } from './notification-template-parts';
import { str } from './notification-template-parts';

/**
 * The platform's decision on an affiliate account (`affiliate_review`): data.decision is approved
 * or rejected, data.reason the rejection's reason, data.marketplaceUrl where to go next: the link line of the email
 * and the Telegram message, never an address in the body (the in-app item has its own button to the marketplace).
 */
export function affiliateReview(locale: Locale): Renderer {
  return (d) => {
    const decision = str(d, 'decision');
    const url = str(d, 'marketplaceUrl');
    const reason = str(d, 'reason');
    const ru = locale === 'ru';
    if (decision === 'approved')
      return ru
        ? {
            title: 'Ваш партнёрский аккаунт одобрен',
            body: 'Теперь вы можете подавать заявки в программы маркетплейса: изучите условия и выберите подходящие вашей аудитории.',
            link: url ? `Маркетплейс: ${url}` : null,
          }
        : {
            title: 'Your affiliate account is approved',
            body: 'You can now apply to programs in the marketplace: read their terms and pick the ones that suit your audience.',
            link: url ? `Marketplace: ${url}` : null,
          };
    if (decision === 'rejected')
      return ru
        ? {
            title: 'Ваш партнёрский аккаунт не одобрен',
            body: `Команда платформы рассмотрела ваш аккаунт и не одобрила его${reason ? `. Причина: ${reason}` : ''}. Если что-то изменилось или вы считаете это ошибкой, напишите в поддержку платформы. Программы, в которые вас пригласил рекламодатель, продолжают работать.`,
          }
        : {
            title: 'Your affiliate account was not approved',
            body: `The platform team reviewed your account and did not approve it${reason ? `. Reason: ${reason}` : ''}. If something has changed or you think this is a mistake, contact the platform's support. Programs an advertiser invited you to keep working.`,
          };
    return null;
  };
}
