import type { Locale } from '../../schema/enums';
import { deliveryFailureReason, ruPlural } from './delivery-failure-text';
import { count, day, hostOf, month, num, type Renderer, str, type TemplateData } from './notification-template-parts';

/**
 * Templates of the events an advertiser's staff (and, for webhooks, an affiliate) hear about their
 * account rather than their earnings: custom domains, plan limits, billing, webhook endpoints.
 */

/** Why a custom domain failed, as far as the template words it differently. */
function domainCause(d: TemplateData): 'moved' | 'deleted' | 'stopped' | 'verification' {
  const atCloudflare = str(d, 'cloudflareStatus');
  if (atCloudflare === 'moved') return 'moved';
  if (atCloudflare === 'deleted') return 'deleted';
  return str(d, 'previousStatus') === 'active' ? 'stopped' : 'verification';
}

function customDomain(locale: Locale): Renderer {
  return (d) => {
    const host = str(d, 'hostname');
    const status = str(d, 'status');
    if (!host || (status !== 'active' && status !== 'failed')) return null;
    const ru = locale === 'ru';
    if (status === 'active')
      return ru
        ? { title: `Домен ${host} работает`, body: `Домен ${host} подтверждён, сертификат выпущен.` }
        : { title: `${host} is active`, body: `Your custom domain ${host} is verified and its certificate is issued.` };
    const reason = str(d, 'reason') ?? (ru ? 'причина не указана' : 'no reason given');
    const titles = {
      moved: ru ? `Домен ${host} перенесён` : `${host} moved away`,
      deleted: ru ? `Домен ${host} удалён в Cloudflare` : `${host} was removed at Cloudflare`,
      stopped: ru ? `Домен ${host} перестал работать` : `${host} stopped working`,
      verification: ru ? `Домен ${host} не прошёл проверку` : `${host} failed verification`,
    };
    const cause = domainCause(d);
    const lead =
      cause === 'verification'
        ? ru
          ? `Cloudflare не смог проверить ${host}: ${reason}.`
          : `Cloudflare could not verify ${host}: ${reason}.`
        : ru
          ? `Cloudflare сообщает о проблеме с ${host}: ${reason}. Ссылки на этом домене больше не работают.`
          : `Cloudflare reports a problem with ${host}: ${reason}. Links on this domain no longer work.`;
    return {
      title: titles[cause],
      body: ru
        ? `${lead} Проверьте DNS-записи домена и запустите повторную проверку.`
        : `${lead} Check its DNS records, then re-verify.`,
    };
  };
}

function planLimitWarning(locale: Locale): Renderer {
  return (d) => {
    const percent = num(d, 'percent');
    const used = num(d, 'used');
    const allowed = num(d, 'allowed');
    if (str(d, 'limit') !== 'clicks' || percent === null || used === null || allowed === null) return null;
    const ru = locale === 'ru';
    const when = month(locale, str(d, 'month'));
    const usage = ru
      ? `${count(locale, used)} из ${count(locale, allowed)} кликов${when ? ` за ${when}` : ' за этот месяц'}.`
      : `${count(locale, used)} of ${count(locale, allowed)} clicks${when ? ` in ${when}` : ' this month'}.`;
    if (percent >= 100)
      return ru
        ? {
            title: 'Достигнут месячный лимит кликов тарифа',
            body: `${usage} Клики по-прежнему перенаправляются, но сверх льготного запаса они больше не засчитываются. Перейдите на тариф выше, чтобы сохранить все клики.`,
          }
        : {
            title: "Your plan's monthly click limit is reached",
            body: `${usage} Clicks are still redirected; past the grace margin they are no longer attributed. Upgrade the plan to keep every click.`,
          };
    return ru
      ? {
          title: `Использовано ${percent} % месячного лимита кликов`,
          body: `${usage} Подумайте о переходе на тариф выше до того, как лимит будет исчерпан.`,
        }
      : {
          title: `${percent} % of your plan's monthly clicks used`,
          body: `${usage} Consider upgrading before the limit is reached.`,
        };
  };
}

function billingPaymentFailed(locale: Locale): Renderer {
  return (d) => {
    const until = day(locale, str(d, 'graceUntil'));
    if (!until) return null;
    return locale === 'ru'
      ? {
          title: 'Не удалось оплатить тариф',
          body: `Stripe не смог списать оплату тарифа. Обновите карту в разделе «Оплата» до ${until}; после этого организация перейдёт на самый простой тариф (данные сохранятся).`,
        }
      : {
          title: 'Your plan payment failed',
          body: `Stripe could not collect the payment for your plan. Update your card in Billing before ${until}; after that the organization moves to the lowest plan (your data is kept).`,
        };
  };
}

function webhookDisabled(locale: Locale): Renderer {
  return (d) => {
    const url = str(d, 'url');
    const failures = num(d, 'consecutiveFailures');
    if (!url || failures === null) return null;
    const host = hostOf(url);
    const raw = str(d, 'reason');
    // The receiver's raw error stays in the delivery log; the message says what it means.
    const reason = raw && deliveryFailureReason(locale, null, raw);
    return locale === 'ru'
      ? {
          title: `Вебхук на ${host} отключён`,
          body: `Доставки на ${url} не прошли ${failures} ${ruPlural(failures, 'раз', 'раза', 'раз')} подряд, поэтому адрес отключён.${reason ? ` В последний раз ${reason}.` : ''} Исправьте приёмник, отправьте тестовое событие и включите адрес снова.`,
        }
      : {
          title: `Webhook to ${host} turned off`,
          body: `Deliveries to ${url} failed ${failures} ${failures === 1 ? 'time' : 'times'} in a row, so the endpoint was turned off.${reason ? ` The last time, ${reason}.` : ''} Fix the receiver, send a test event, then turn it back on.`,
        };
  };
}

/** The renderers of these events in one language. */
export function orgTemplates(locale: Locale): Record<string, Renderer> {
  return {
    custom_domain: customDomain(locale),
    plan_limit_warning: planLimitWarning(locale),
    billing_payment_failed: billingPaymentFailed(locale),
    webhook_disabled: webhookDisabled(locale),
  };
}
