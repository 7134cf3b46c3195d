/** The public pages' stylesheet: inline, so a page is one request and renders before any script. */
export const PAGE_STYLES = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;background:#f8f9fa}
a{color:#1864ab}
.wrap{max-width:960px;margin:0 auto;padding:0 20px}
header.top{background:#fff;border-bottom:1px solid #e9ecef}
header.top .wrap{display:flex;align-items:center;justify-content:space-between;gap:12px;min-height:60px}
.brand{display:flex;align-items:center;gap:10px;font-weight:700;min-width:0;overflow-wrap:anywhere}
.brand img{height:32px;width:auto;max-width:120px}
.hero{background:var(--brand);color:var(--ink);padding:48px 0 56px}
.hero .eyebrow{font-size:14px;text-transform:uppercase;letter-spacing:.06em;margin:0 0 8px;overflow-wrap:anywhere}
.hero h1{font-size:clamp(28px,6vw,44px);line-height:1.15;margin:0 0 12px;overflow-wrap:anywhere}
.hero .lead{font-size:18px;max-width:640px;margin:0 0 20px}
.hero .pay{display:inline-block;font-size:22px;font-weight:700;border:2px solid currentColor;border-radius:10px;padding:8px 14px;margin:0 0 24px}
.button{display:inline-block;background:var(--ink);color:var(--brand);font-weight:700;text-decoration:none;padding:12px 22px;border-radius:8px;border:2px solid var(--ink)}
.button:focus-visible,a:focus-visible,summary:focus-visible,input:focus-visible,button:focus-visible{outline:3px solid #ffd43b;outline-offset:2px}
.button.solid{background:var(--brand);color:var(--ink);border-color:var(--brand)}
.hint{font-size:14px;margin:10px 0 0}
main section{background:#fff;border:1px solid #e9ecef;border-radius:12px;padding:24px;margin:24px 0}
main h2{font-size:22px;margin:0 0 12px}
ul.terms{margin:0;padding-left:20px}
ul.terms li{margin:4px 0}
.prose{white-space:pre-line;margin:0;overflow-wrap:anywhere}
form.calc{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end}
form.calc label{display:flex;flex-direction:column;font-size:14px;font-weight:600;gap:4px;flex:1 1 140px}
form.calc input{font:inherit;padding:8px 10px;border:1px solid #adb5bd;border-radius:6px;width:100%}
form.calc button{font:inherit;font-weight:700;padding:9px 18px;border-radius:6px;border:0;background:var(--brand);color:var(--ink);cursor:pointer}
.result{font-size:20px;font-weight:700;margin:16px 0 4px}
.muted{color:#495057;font-size:14px;margin:0}
.creatives{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:16px}
.creatives figure{margin:0;border:1px solid #e9ecef;border-radius:8px;padding:8px;text-align:center}
.creatives img{max-width:100%;height:auto;max-height:180px}
.creatives figcaption{font-size:13px;color:#495057;margin-top:6px;overflow-wrap:anywhere}
details{border-top:1px solid #e9ecef;padding:10px 0}
details:first-of-type{border-top:0}
summary{font-weight:600;cursor:pointer}
footer{text-align:center;padding:24px 0 48px}
@media (max-width:480px){form.calc button{width:100%}}
`;
