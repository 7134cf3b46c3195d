const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML an affiliate pastes into a page: its tracking link around the rendered banner (or the text), marked
 * sponsored as search engines ask of paid links.
 */
export function creativeSnippet(input: {
  href: string;
  alt: string;
  image?: { src: string; width: number; height: number } | null | undefined;
  text?: string | null | undefined;
}): string {
  const href = escapeHtml(input.href);
  if (input.image) {
    const { src, width, height } = input.image;
    return `<a href="${href}" rel="sponsored"><img src="${escapeHtml(src)}" width="${width}" height="${height}" alt="${escapeHtml(input.alt)}"></a>`;
  }
  return `<a href="${href}" rel="sponsored">${escapeHtml(input.text ?? input.alt)}</a>`;
}
