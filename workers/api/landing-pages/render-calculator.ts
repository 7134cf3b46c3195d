import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { estimateEarnings } from '../../domain/earnings-estimate';
import { formatMinorUnits } from '../../domain/format-minor-units';
import type { LandingWords } from '../../domain/landing-words';
import { moneyText } from '../../domain/money-text';
import type { ProgramPage } from '../../services/landing-pages';
import type { PageRequest } from './render-program-page';

/**
 * The earnings calculator: a plain GET form recomputed by the server, so it works without script. Pay-per-click
 * programs have none (nothing to estimate from a price).
 */
export function renderCalculator(
  page: ProgramPage,
  req: PageRequest,
  w: LandingWords,
  path: string,
  title: string,
): HtmlEscapedString | Promise<HtmlEscapedString> | '' {
  const estimate = estimateEarnings(page.terms, { customers: req.customers, priceMinor: req.priceMinor });
  if (!estimate) return '';
  const money = (minor: number) => moneyText(minor, page.terms.currency, req.locale);
  return html`<section aria-labelledby="calc"><h2 id="calc">${title}</h2>
<form class="calc" method="get" action="${path}">
${req.locale === 'ru' ? html`<input type="hidden" name="lang" value="ru">` : ''}
<label>${w.customersLabel}<input name="customers" type="number" min="0" max="100000" step="1" inputmode="numeric" value="${req.customers}"></label>
<label>${w.priceLabel} (${page.terms.currency})<input name="price" inputmode="decimal" pattern="[0-9]+([.][0-9]+)?" value="${formatMinorUnits(req.priceMinor, page.terms.currency)}"></label>
<button type="submit">${w.calculate}</button>
</form>
<p class="result" aria-live="polite">${
    estimate.monthlyMinor > 0
      ? w.calculatorResult(req.customers, money(req.priceMinor), money(estimate.monthlyMinor))
      : w.calculatorOneOff(req.customers, money(req.priceMinor), money(estimate.firstMonthMinor))
  }</p>
${
  estimate.monthlyMinor > 0
    ? html`<p class="muted">${w.calculatorFirstMonth(money(estimate.firstMonthMinor))}; ${w.calculatorRebillMonths(estimate.rebillMonths)}.</p>`
    : ''
}
</section>`;
}
