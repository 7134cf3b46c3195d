import { escapeHtml, type Reply } from './http';
import { itemOf } from './lifecycle';
import type { Obj, ServerState } from './state';

const formatAmount = (minor: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(
    minor /
      10 **
        (new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions()
          .maximumFractionDigits ?? 2),
  );

export function page(title: string, body: string): Reply {
  return {
    status: 200,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f6f9fc;color:#1a1f36}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002}
h1{font-size:1.25rem}button,.link{font:inherit;padding:.6rem 1rem;border-radius:6px;border:1px solid #635bff;cursor:pointer;display:inline-block;margin:.25rem 0}
button.primary{background:#635bff;color:#fff;width:100%}button:focus-visible,a:focus-visible{outline:3px solid #1a1f36;outline-offset:2px}
.link{color:#3c34d9;border-color:transparent;text-decoration:underline;background:none}.note{color:#4f566b;font-size:.9rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{color:#4f566b}
</style></head><body><main>${body}</main></body></html>`,
  };
}

export function checkoutPage(session: Obj): Reply {
  const price = session.pending_price as Obj & {
    unit_amount: number;
    currency: string;
    recurring: { interval: string };
    product_name: string;
  };
  if (session.status !== 'open')
    return page('Checkout', `<h1>This checkout session is ${escapeHtml(String(session.status))}</h1>`);
  const cancel = session.cancel_url
    ? `<a class="link" href="${escapeHtml(String(session.cancel_url))}">Cancel and go back</a>`
    : '';
  return page(
    'Checkout — local Stripe',
    `<h1>Subscribe to ${escapeHtml(price.product_name)}</h1>
<p><strong>${escapeHtml(formatAmount(price.unit_amount, price.currency))}</strong> per ${escapeHtml(price.recurring.interval)}</p>
<p class="note">Local Stripe test checkout: no card is charged.</p>
<form method="post" action="/c/pay/${escapeHtml(session.id)}">
<label for="card">Card number</label><br><input id="card" name="card" value="4242 4242 4242 4242" autocomplete="off" style="font:inherit;width:100%;margin:.25rem 0 1rem">
<button type="submit" class="primary">Pay and subscribe</button></form>${cancel}`,
  );
}

export function portalPage(state: ServerState, portal: Obj, notice?: string): Reply {
  const subs = [...state.subscriptions.values()].filter(
    (s) => s.customer === portal.customer && s.status !== 'canceled',
  );
  const rows = subs
    .map((sub) => {
      const item = itemOf(sub);
      const price = item.price as Obj & {
        unit_amount: number;
        currency: string;
        recurring: { interval: string };
        product_name: string;
      };
      const end = new Date(item.current_period_end * 1000).toISOString().slice(0, 10);
      const action = sub.cancel_at_period_end
        ? `<p>Cancels on ${end}.</p><form method="post" action="/p/session/${portal.id}/renew/${sub.id}"><button type="submit">Don't cancel</button></form>`
        : `<form method="post" action="/p/session/${portal.id}/cancel/${sub.id}"><button type="submit">Cancel subscription</button></form>`;
      return `<section><h2>${escapeHtml(price.product_name)}</h2><dl><dt>Price</dt><dd>${escapeHtml(formatAmount(price.unit_amount, price.currency))} / ${escapeHtml(price.recurring.interval)}</dd><dt>Status</dt><dd>${escapeHtml(String(sub.status))}</dd><dt>Renews</dt><dd>${end}</dd></dl>${action}</section>`;
    })
    .join('');
  const back = portal.return_url
    ? `<p><a class="link" href="${escapeHtml(String(portal.return_url))}">Return</a></p>`
    : '';
  return page(
    'Billing portal — local Stripe',
    `<h1>Manage billing</h1>${notice ? `<p role="status">${escapeHtml(notice)}</p>` : ''}${rows || '<p>No active subscription.</p>'}
<h2>Payment method</h2><p>Visa •••• 4242</p><form method="post" action="/p/session/${portal.id}/card"><button type="submit">Update card</button></form>${back}`,
  );
}
