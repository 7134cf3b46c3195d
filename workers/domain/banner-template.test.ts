import { describe, expect, it } from 'vitest';
import { bannerTemplateIssue, MAX_TEMPLATE_CHARS } from './banner-template';
import { fillBanner } from './fill-banner';

const svg = (inner: string, root = 'viewBox="0 0 300 250"') =>
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${root}>${inner}</svg>`;
const TEMPLATE = svg(
  '<!-- artwork --><rect width="300" height="250" fill="#123"/><text x="10" y="40">Code {{coupon}} by {{ name }}</text>' +
    '<rect data-ae="qr" x="200" y="150" width="90" height="90"/><text x="10" y="80">{{link}}</text>',
);
const PNG_DATA = 'data:image/png;base64,iVBORw0KGgo=';

describe('bannerTemplateIssue', () => {
  it.each([
    ['the example', TEMPLATE],
    [
      'gradients referenced by fragment',
      svg(
        '<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect fill="url(#g)" width="1" height="1"/>',
      ),
    ],
    ['an embedded PNG', svg(`<image href="${PNG_DATA}" width="10" height="10"/>`)],
    ['a local use', svg('<defs><path id="p" d="M0 0h1"/></defs><use xlink:href="#p"/>')],
    [
      'entities and a QR rect written open',
      svg('<text>A &amp; B &#1046;</text><rect data-ae="qr" x="0" y="0" width="9" height="9"></rect>'),
    ],
  ])('accepts %s', (_, source) => {
    expect(bannerTemplateIssue(source)).toBeNull();
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>'), /<script> element/],
    ['foreignObject', svg('<foreignObject><div/></foreignObject>'), /foreignObject/],
    ['a style sheet', svg('<style>@import url(https://evil.example/x.css)</style>'), /<style>/],
    ['a link element', svg('<a href="https://evil.example"><text>x</text></a>'), /<a> element/],
    ['an event handler', svg('<rect onload="alert(1)" width="1" height="1"/>'), /Event handlers/],
    ['an upper-case event handler', svg('<rect ONCLICK="alert(1)"/>'), /Event handlers/],
    ['an outside image', svg('<image href="https://evil.example/x.png"/>'), /must point inside/],
    ['a javascript: href', svg('<use href="javascript:alert(1)"/>'), /must point inside/],
    ['an SVG data image', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), /must point inside/],
    ['an outside url() fill', svg('<rect fill="url(https://evil.example/#g)"/>'), /refers outside/],
    ['an outside url() in style', svg('<rect style="fill: url( \'//evil.example/x\' )"/>'), /refers outside/],
    [
      'a DOCTYPE with entities',
      `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`,
      /DOCTYPE/,
    ],
    ['an unknown entity', svg('<text>&x;</text>'), /unknown entity/],
    ['CDATA', svg('<text><![CDATA[x]]></text>'), /CDATA/],
    ['a processing instruction', svg('<?php echo 1 ?>'), /processing/],
    ['no viewBox', svg('<rect/>', 'width="300"'), /viewBox/],
    ['another root', '<html><svg viewBox="0 0 1 1"/></html>', /root element must be <svg>/],
    ['two roots', `${svg('')}<svg viewBox="0 0 1 1"/>`, /More than one root/],
    ['an unclosed element', '<svg viewBox="0 0 1 1"><g>', /never closed/],
    ['a stray closing tag', svg('</g>'), /closes nothing/],
    ['an unknown placeholder', svg('<text>{{email}}</text>'), /Unknown placeholder \{\{email\}\}/],
    ['a placeholder in an attribute', svg('<rect fill="{{coupon}}"/>'), /not in the fill attribute/],
    ['a QR marker on text', svg('<text data-ae="qr">x</text>'), /Only <rect/],
    ['a QR rect without a size', svg('<rect data-ae="qr" x="1" y="1"/>'), /needs width/],
    [
      'a QR rect with children',
      svg('<rect data-ae="qr" x="0" y="0" width="9" height="9"><title>x</title></rect>'),
      /must be empty/,
    ],
    ['an unquoted attribute', svg('<rect width=1/>'), /quoted/],
    ['text outside the root', `${svg('')}hello`, /outside/],
    ['too large', svg(`<desc>${'x'.repeat(MAX_TEMPLATE_CHARS)}</desc>`), /larger than/],
  ])('refuses %s', (_, source, reason) => {
    expect(bannerTemplateIssue(source)).toMatch(reason);
  });
});

describe('fillBanner', () => {
  const values = { coupon: 'SPRING<20>', link: 'https://t.example/r/abc?x=1&y=2', name: 'Анна "Ann" O’Neil' };

  it('puts the escaped values in the text, the size on the root and a QR code in the marked rect', () => {
    const out = fillBanner(TEMPLATE, values, { width: 728, height: 90 });
    expect(out).toContain('Code SPRING&lt;20&gt; by Анна &quot;Ann&quot; O’Neil');
    expect(out).toContain('https://t.example/r/abc?x=1&amp;y=2');
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="728" height="90" viewBox="0 0 300 250">/);
    expect(out).not.toContain('data-ae');
    expect(out).not.toContain('artwork');
    expect(out).toMatch(
      /<g transform="translate\(200 150\) scale\([0-9.]+\)"[^>]*><rect[^>]*\/><path fill="#000" d="M/,
    );
    // The filled banner is itself a valid template but for the values it now holds.
    expect(bannerTemplateIssue(out)).toBeNull();
  });

  it('keeps the document well formed when the QR rect is written open', () => {
    const open = svg('<g><rect data-ae="qr" x="0" y="0" width="50" height="50"></rect></g>');
    expect(bannerTemplateIssue(fillBanner(open, values, { width: 300, height: 250 }))).toBeNull();
  });

  it('cannot be made to inject markup through a value', () => {
    const out = fillBanner(TEMPLATE, { ...values, name: '</text><script>alert(1)</script>' }, { width: 1, height: 1 });
    expect(out).not.toContain('<script');
    expect(bannerTemplateIssue(out)).toBeNull();
  });
});
