/**
 * The embedded dashboard's client, inline in the page (no bundle to fetch, nothing of the dashboard's
 * 200 KB). It takes the token from the URL fragment (never sent to a server), drops it from the address
 * and keeps it in memory only; every text goes in through textContent, never as HTML.
 */
export const EMBED_PAGE_SCRIPT = `
(function () {
  var T = JSON.parse(document.getElementById('ae-messages').textContent);
  var appId = document.body.getAttribute('data-app');
  var token = new URLSearchParams(location.hash.slice(1)).get('token');
  history.replaceState(null, '', location.pathname);
  var root = document.getElementById('ae-root');
  var lang = /^ru/i.test(navigator.language) ? 'ru' : 'en';
  function t(key) { return (T[lang] || T.en)[key] || T.en[key]; }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.append(c); });
    return node;
  }
  function money(minor, currency) {
    var f = new Intl.NumberFormat(lang, { style: 'currency', currency: currency });
    return f.format(minor / Math.pow(10, f.resolvedOptions().maximumFractionDigits));
  }
  function show(nodes) { root.replaceChildren.apply(root, nodes); root.setAttribute('aria-busy', 'false'); }
  // The host page cannot read our height across origins: we post it, so it can size the iframe and avoid
  // a second scrollbar. Only a number leaves the frame, so any parent may have it.
  if (window.parent !== window && window.ResizeObserver) {
    new ResizeObserver(function () {
      window.parent.postMessage({ type: 'affiliate-edge:resize', height: document.documentElement.scrollHeight }, '*');
    }).observe(document.body);
  }
  function fail(message) { show([el('p', { class: 'error', role: 'alert' }, [message])]); }
  function call(method, path, body) {
    return fetch('/api/embed/' + appId + path, {
      method: method,
      credentials: 'omit',
      headers: Object.assign({ authorization: 'Bearer ' + token }, body ? { 'content-type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    }).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) throw new Error(json && json.error && t('error_' + json.error.code) ? t('error_' + json.error.code) : t('error'));
        return json;
      });
    });
  }
  function applyTheme(theme) {
    var s = document.documentElement.style;
    if (theme.primaryColor) {
      s.setProperty('--ae-primary', theme.primaryColor);
      // Text on the colour: black on a light one, white on a dark one (WCAG relative luminance).
      var lum = [1, 3, 5].map(function (i) {
        var c = parseInt(theme.primaryColor.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      });
      var l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
      s.setProperty('--ae-on-primary', (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000' : '#fff');
    }
    if (theme.font) s.setProperty('--ae-font', theme.font);
    document.documentElement.setAttribute('data-mode', theme.mode || 'light');
    if (theme.locale) lang = theme.locale;
    document.documentElement.lang = lang;
  }
  function terms(d) {
    var p = d.program;
    var reward = p.commissionType === 'percent' && p.commissionRateBps !== null
      ? (p.commissionRateBps / 100) + '%'
      : p.commissionFixedMinor !== null ? money(p.commissionFixedMinor, p.currency) : '';
    var list = el('ul', { class: 'terms' }, [
      el('li', {}, [t('reward') + ': ' + reward]),
      el('li', {}, [t('cookie').replace('{n}', p.cookieDays)]),
      el('li', {}, [t('hold').replace('{n}', p.holdDays)]),
    ]);
    // Published terms are read and accepted by their own version; a program without them asks only to join on
    // the conditions above (p.version is their settings version, never shown as a terms version).
    var pt = d.terms;
    var button = el('button', { type: 'button', class: 'primary' }, [t(pt ? 'accept' : 'joinNow')]);
    button.addEventListener('click', function () {
      button.disabled = true;
      var body = pt ? { termsVersion: p.version, publishedTermsVersion: pt.version } : { termsVersion: p.version };
      call('POST', '/terms', body).then(render, function (e) { button.disabled = false; fail(e.message); });
    });
    return [
      el('h1', {}, [t('join').replace('{program}', p.name)]),
      el('p', { class: 'muted' }, [t('joinLead').replace('{advertiser}', d.advertiserName)]),
      p.description ? el('p', {}, [p.description]) : '',
      list,
      pt ? el('h2', { id: 'ae-terms-h' }, [t('termsTitle').replace('{n}', pt.version)]) : '',
      pt ? el('div', { class: 'terms-body', role: 'region', 'aria-labelledby': 'ae-terms-h', tabindex: '0' }, [pt.body]) : '',
      button,
    ];
  }
  function stat(label, value) { return el('div', { class: 'stat' }, [el('span', { class: 'muted small' }, [label]), el('strong', {}, [String(value)])]); }
  // The program's leaderboard: names as their owners chose to show them, the viewer's own row marked.
  function board(b) {
    var score = function (n) { return b.metric === 'earnings' ? money(n, b.currency) : String(n); };
    var rows = b.entries.map(function (e) {
      // value: equal scores share a rank, so the list's numbers are the ranks, not the positions.
      return el('li', e.you ? { class: 'you', value: String(e.rank) } : { value: String(e.rank) }, [
        el('span', { class: 'name' }, [(e.name || t('someone')) + (e.you ? ' (' + t('you') + ')' : '')]),
        el('strong', {}, [score(e.score)]),
      ]);
    });
    var mine = b.you.rank === null ? t('notRanked') : t('yourRank').replace('{rank}', b.you.rank).replace('{n}', b.ranked);
    return el('section', { 'aria-labelledby': 'ae-board-h', 'data-testid': 'ae-board' }, [
      el('h2', { id: 'ae-board-h' }, [t('board')]),
      el('p', { class: 'muted small' }, [t('boardLead').replace('{metric}', t('metric_' + b.metric)).replace('{period}', t('period_' + b.period))]),
      rows.length ? el('ol', { class: 'board' }, rows) : el('p', { class: 'muted' }, [t('boardEmpty')]),
      el('p', {}, [mine]),
    ]);
  }
  function dashboard(d) {
    var a = d.account;
    var nodes = [el('h1', {}, [d.program.name])];
    if (a.referralLink) {
      var input = el('input', { readonly: '', value: a.referralLink, id: 'ae-link', 'aria-label': t('link') });
      var copy = el('button', { type: 'button', class: 'primary' }, [t('copy')]);
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(a.referralLink).then(function () { copy.textContent = t('copied'); });
      });
      var qr = a.referralQr ? el('div', { class: 'qr' }, [
        el('img', { src: a.referralQr, alt: t('qr'), width: '160', height: '160' }),
        el('a', { href: a.referralQr, download: 'referral-qr.svg', class: 'small' }, [t('downloadQr')]),
      ]) : '';
      nodes.push(el('section', { 'aria-labelledby': 'ae-link-h' }, [
        el('h2', { id: 'ae-link-h' }, [t('link')]), el('div', { class: 'row' }, [input, copy]), qr,
      ]));
    } else {
      nodes.push(el('p', { class: 'muted' }, [t('notActive')]));
    }
    var earned = a.stats.earnings.map(function (m) { return money(m.amountMinor, m.currency); }).join(' · ') || money(0, d.program.currency);
    nodes.push(el('section', { 'aria-labelledby': 'ae-stats-h' }, [
      el('h2', { id: 'ae-stats-h' }, [t('last30')]),
      el('div', { class: 'stats' }, [stat(t('clicks'), a.stats.clicks), stat(t('signups'), a.stats.leads), stat(t('sales'), a.stats.sales), stat(t('earnings'), earned)]),
    ]));
    if (a.leaderboard) nodes.push(board(a.leaderboard));
    var balances = a.balances.length
      ? a.balances.map(function (b) {
          return el('div', { class: 'stats' }, [stat(t('onHold'), money(b.holdMinor, b.currency)), stat(t('available'), money(b.availableMinor, b.currency)), stat(t('paid'), money(b.paidMinor, b.currency))]);
        })
      : [el('p', { class: 'muted' }, [t('noBalance')])];
    nodes.push(el('section', { 'aria-labelledby': 'ae-bal-h' }, [el('h2', { id: 'ae-bal-h' }, [t('balances')])].concat(balances)));
    var payouts = a.payouts.length
      ? [el('ul', { class: 'payouts' }, a.payouts.map(function (p) {
          return el('li', {}, [new Date(p.createdAt).toLocaleDateString(lang) + ' — ' + money(p.amountMinor, p.currency) + ' (' + t('status_' + p.status) + ')']);
        }))]
      : [el('p', { class: 'muted' }, [t('noPayouts')])];
    nodes.push(el('section', { 'aria-labelledby': 'ae-pay-h' }, [el('h2', { id: 'ae-pay-h' }, [t('payouts')])].concat(payouts)));
    // The account is also the person's own: its payout address is theirs to set on the portal only.
    if (a.payoutInAccount) {
      nodes.push(el('section', {}, [el('h2', {}, [t('paypal')]), el('p', { class: 'muted' }, [t('payoutInAccount')])]));
      return nodes;
    }
    var email = el('input', { type: 'email', id: 'ae-paypal', value: a.paypalEmail || '', required: '', autocomplete: 'email' });
    var save = el('button', { type: 'submit', class: 'primary' }, [t('save')]);
    var form = el('form', {}, [
      el('label', { for: 'ae-paypal' }, [t('paypal')]),
      el('div', { class: 'row' }, [email, save]),
      el('p', { class: 'muted small', role: 'status' }, [a.paypalEmail ? (a.paypalVerified ? t('verified') : t('unverified')) : t('paypalHint')]),
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      save.disabled = true;
      call('PUT', '/paypal-email', { email: email.value }).then(render, function (err) { save.disabled = false; fail(err.message); });
    });
    nodes.push(el('section', {}, [form]));
    return nodes;
  }
  function render(d) {
    applyTheme(d.theme || {});
    show(d.account ? dashboard(d) : terms(d));
  }
  if (!token) { fail(t('error_embed_token_invalid')); return; }
  root.replaceChildren(el('p', { class: 'muted' }, [t('loading')]));
  call('GET', '/dashboard').then(render, function (e) { fail(e.message); });
})();
`;
