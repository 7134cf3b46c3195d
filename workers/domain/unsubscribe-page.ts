import type { Locale } from '../../schema/enums';
import { escapeHtml } from './markdown';

export type UnsubscribePageState = 'confirm' | 'done' | 'invalid';

const WORDS: Record<
  Locale,
  {
    title: string;
    confirm: (advertiser: string) => string;
    button: string;
    done: (advertiser: string) => string;
    invalid: string;
  }
> = {
  en: {
    title: 'Unsubscribe',
    confirm: (a) =>
      `Stop marketing emails from ${a}? Its messages stay in your dashboard, and emails about your payouts and terms still come.`,
    button: 'Unsubscribe',
    done: (a) => `Done: ${a} will send you no more marketing emails.`,
    invalid: 'This unsubscribe link is not valid: it may be incomplete or over a year old.',
  },
  ru: {
    title: 'Отписка',
    confirm: (a) =>
      `Больше не получать маркетинговые письма ${a}? Сообщения останутся в кабинете, а письма о выплатах и условиях продолжат приходить.`,
    button: 'Отписаться',
    done: (a) => `Готово: ${a} больше не будет присылать вам маркетинговые письма.`,
    invalid: 'Ссылка для отписки недействительна: возможно, она неполная или ей больше года.',
  },
};

/**
 * The page a marketing email's unsubscribe link opens, rendered by the Worker (no script, no sign-in): opening
 * it changes nothing, so mail scanners that follow links do no harm; its one button posts the form back.
 */
export function renderUnsubscribePage(input: {
  state: UnsubscribePageState;
  locale: Locale;
  advertiserName: string;
  /** Where the button posts: the page's own URL, token included. */
  action: string;
}): string {
  const w = WORDS[input.locale];
  const name = escapeHtml(input.advertiserName);
  const body =
    input.state === 'invalid'
      ? `<p role="alert">${escapeHtml(w.invalid)}</p>`
      : input.state === 'done'
        ? `<p role="status">${w.done(name)}</p>`
        : `<p>${w.confirm(name)}</p><form method="post" action="${escapeHtml(input.action)}"><button type="submit">${w.button}</button></form>`;
  return `<!doctype html>
<html lang="${input.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${w.title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;color:#1a1b1e;background:#f8f9fa;margin:0;padding:24px}main{max-width:480px;margin:10vh auto;background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:24px}h1{font-size:24px;margin:0 0 12px}button{font:inherit;color:#fff;background:#1c7ed6;border:0;border-radius:6px;padding:10px 20px;cursor:pointer}button:focus-visible{outline:3px solid #74c0fc;outline-offset:2px}</style>
</head><body><main><h1>${w.title}</h1>${body}</main></body></html>`;
}
