import { EMBED_PAGE_MESSAGES } from './embed-page-messages';
import { EMBED_PAGE_SCRIPT } from './embed-page-script';

// Sized for a settings panel: one column from 320 px, the stats in two columns until there is room for four.
const STYLE = `
:root{--ae-primary:#5b3fd9;--ae-font:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;--bg:#fff;--fg:#1b1b1f;--muted:#5c5f66;--line:#dee2e6;--card:#f8f9fa}
[data-mode=dark]{--bg:#1a1b1e;--fg:#f1f3f5;--muted:#b0b4ba;--line:#373a40;--card:#25262b}
*{box-sizing:border-box}html,body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 var(--ae-font)}
main{max-width:720px;margin:0 auto;padding:16px}h1{font-size:1.3rem;margin:0 0 8px}h2{font-size:1rem;margin:20px 0 8px}
.muted{color:var(--muted)}.small{font-size:.85rem}.error{color:#c92a2a;font-weight:600}
[data-mode=dark] .error{color:#ff8787}.terms{padding-left:20px}.terms-body{white-space:pre-wrap;max-height:240px;overflow:auto;border:1px solid var(--line);border-radius:6px;padding:8px 12px;background:var(--card)}
.row{display:flex;gap:8px;flex-wrap:wrap}.row input{flex:1 1 180px;min-width:0}
input{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px 10px;min-height:44px}
button{font:inherit;border:0;border-radius:6px;padding:8px 14px;cursor:pointer;min-height:44px}
.primary{background:var(--ae-primary);color:var(--ae-on-primary,#fff)}button:disabled{opacity:.6;cursor:default}
:focus-visible{outline:2px solid var(--ae-primary);outline-offset:2px}
label{display:block;font-weight:600;margin-bottom:6px}
.stats{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:8px;margin-bottom:8px}
@media(min-width:560px){.stats{grid-template-columns:repeat(4,minmax(0,1fr))}}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px;display:flex;flex-direction:column;overflow-wrap:anywhere}
.payouts{padding-left:20px;margin:0}
.board{padding-left:28px;margin:0}.board li{padding:4px 0;border-bottom:1px solid var(--line)}
.board li>span{display:inline-block;min-width:0;overflow-wrap:anywhere;margin-right:8px}.board .you{font-weight:600}
.qr{display:flex;align-items:center;gap:16px;flex-wrap:wrap;margin-top:12px}.qr img{border-radius:6px;display:block}
.qr a{color:inherit;min-height:44px;display:inline-flex;align-items:center}
`;

/**
 * The embedded dashboard's page: static apart from the app id and a fresh nonce, which lets only
 * its own inline script and style run. Its data comes from /api/embed/{appId}/… with the token.
 */
export function renderEmbedPage(appId: string, nonce: string): string {
  // JSON inside <script type=application/json>: "<" is escaped so no text can close the element.
  const messages = JSON.stringify(EMBED_PAGE_MESSAGES).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en" data-mode="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Referral dashboard</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body data-app="${appId}">
<main id="ae-root" aria-live="polite" aria-busy="true"></main>
<script type="application/json" id="ae-messages">${messages}</script>
<script nonce="${nonce}">${EMBED_PAGE_SCRIPT}</script>
</body>
</html>`;
}
