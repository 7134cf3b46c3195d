import type { Locale } from '../../schema/enums';
import { type Renderer, str } from './notification-template-parts';
import { endSentence } from './sentence';

type Texts = { title: string; body: string };

const EN: Record<string, (n: string, host: string, app: string) => Texts> = {
  submitted: (n, host, app) => ({
    title: `${n}: a branded edition to review`,
    body: `An affiliate submitted ${n} on ${host}, an edition of ${app}. Approve or reject it on the editions page.`,
  }),
  changed: (n, host) => ({
    title: `${n} was changed`,
    body: `Its affiliate changed the branded edition on ${host}; the changes are live.`,
  }),
  changedForReview: (n, host) => ({
    title: `${n}: changes to review`,
    body: `Its affiliate changed the name, image or address of the branded edition on ${host}. It waits for your approval again; until then the host sends visitors to the app’s main site.`,
  }),
  approved: (n, host) => ({ title: `${n} is live`, body: `Your branded edition is approved and answers on ${host}.` }),
  rejected: (n) => ({ title: `${n} was not approved`, body: 'The advertiser rejected your branded edition.' }),
  suspended: (n, host) => ({
    title: `${n} is suspended`,
    body: `The advertiser suspended your branded edition: ${host} sends visitors to the app’s main site.`,
  }),
  reinstated: (n, host) => ({ title: `${n} is live again`, body: `Your branded edition answers on ${host} again.` }),
  deleted: (n, host) => ({ title: `${n} was deleted`, body: `The branded edition on ${host} was deleted.` }),
};

const RU: Record<string, (n: string, host: string, app: string) => Texts> = {
  submitted: (n, host, app) => ({
    title: `${n}: брендированная версия на проверку`,
    body: `Партнёр отправил версию ${n} приложения ${app} на адресе ${host}. Одобрите или отклоните её на странице версий.`,
  }),
  changed: (n, host) => ({
    title: `${n}: версия изменена`,
    body: `Партнёр изменил брендированную версию на ${host}; изменения уже действуют.`,
  }),
  changedForReview: (n, host) => ({
    title: `${n}: изменения на проверку`,
    body: `Партнёр изменил название, изображение или адрес брендированной версии на ${host}. Она снова ждёт вашего одобрения; до тех пор адрес ведёт посетителей на основной сайт приложения.`,
  }),
  approved: (n, host) => ({
    title: `${n} работает`,
    body: `Ваша брендированная версия одобрена и открывается на ${host}.`,
  }),
  rejected: (n) => ({ title: `${n} не одобрена`, body: 'Рекламодатель отклонил вашу брендированную версию.' }),
  suspended: (n, host) => ({
    title: `${n} приостановлена`,
    body: `Рекламодатель приостановил вашу брендированную версию: ${host} ведёт посетителей на основной сайт приложения.`,
  }),
  reinstated: (n, host) => ({
    title: `${n} снова работает`,
    body: `Ваша брендированная версия снова открывается на ${host}.`,
  }),
  deleted: (n, host) => ({ title: `${n} удалена`, body: `Брендированная версия на ${host} удалена.` }),
};

/**
 * A branded edition's news (`edition`): data.change submitted or changed (to the advertiser's staff; a change
 * waiting for approval again has data.status pending), approved, rejected, suspended, reinstated or deleted (to
 * the affiliate), with data.editionName, data.host, data.appName and, for a rejection or suspension, data.reason.
 */
export function editionChanged(locale: Locale): Renderer {
  return (d) => {
    const name = str(d, 'editionName');
    const host = str(d, 'host');
    const change = str(d, 'change') ?? '';
    // A change that needs approval again reads as a review request; one that is live at once as news.
    const key = change === 'changed' && str(d, 'status') === 'pending' ? 'changedForReview' : change;
    const words = (locale === 'ru' ? RU : EN)[key];
    if (!name || !host || !words) return null;
    const texts = words(name, host, str(d, 'appName') ?? '');
    const reason = str(d, 'reason');
    if (!reason) return texts;
    return { ...texts, body: `${texts.body} ${locale === 'ru' ? 'Причина' : 'Reason'}: ${endSentence(reason)}` };
  };
}
