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
.preview-note{margin:0;padding:8px 20px;background:#fff3bf;color:#5c3c00;text-align:center;font-weight:600}
.prose-block h2,.prose-block h3,.prose-block h4{margin:16px 0 8px;line-height:1.25}
.prose-block h3{font-size:18px}
.prose-block h4{font-size:16px}
.prose-block h2:first-child,.prose-block h3:first-child,.prose-block h4:first-child{margin-top:0}
.prose-block p,.prose-block ul,.prose-block ol{margin:0 0 12px;overflow-wrap:anywhere}
.prose-block>:last-child{margin-bottom:0}
.prose-block code{font:14px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;background:#f1f3f5;border-radius:4px;padding:1px 4px}
.prose-block pre{background:#f1f3f5;border-radius:8px;padding:12px;overflow-x:auto}
.prose-block pre code{padding:0;background:none}
.image-block{margin:24px 0;text-align:center}
.image-block img{max-width:100%;height:auto;border-radius:12px}
.image-block figcaption{font-size:14px;color:#495057;margin-top:8px;overflow-wrap:anywhere}
.quotes{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px}
.quote{margin:0;border:1px solid #e9ecef;border-radius:10px;padding:16px;display:flex;flex-direction:column;gap:12px}
.quote blockquote{margin:0;font-style:italic}
.quote figcaption{display:flex;align-items:center;gap:10px;overflow-wrap:anywhere}
.quote img{border-radius:50%;object-fit:cover;flex:none}
@media (max-width:480px){form.calc button{width:100%}}
`;
