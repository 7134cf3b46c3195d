import type { ServiceCall } from '../context';
import type { RenderRequest } from '../contracts/render-request';
import type { PdfDocumentSpec } from '../domain/pdf-document';
import { AppError } from '../errors/app-error';
import { RendererUnavailableError, renderRemote } from '../integrations/renderer';

/**
 * A PDF or PNG made by the renderer Worker. Its absence or failure is 503 renderer_unavailable (the reason logged),
 * never a 500: nothing was written, and asking again may succeed.
 */
async function renderFile({ ctx, input }: ServiceCall<RenderRequest>): Promise<Uint8Array> {
  try {
    return await renderRemote(ctx.config.RENDERER, input);
  } catch (err) {
    if (!(err instanceof RendererUnavailableError)) throw err;
    ctx.log.error('renderer_unavailable', { kind: input.kind, reason: err.message });
    throw new AppError('renderer_unavailable', 'The file could not be rendered now; nothing was changed, try again');
  }
}

/** A document laid out as a PDF (tax forms, 1099s, invoices): the same data gives the same bytes. */
export function renderPdfFile({ ctx, input }: ServiceCall<PdfDocumentSpec>): Promise<Uint8Array> {
  return renderFile({ ctx, input: { kind: 'pdf', document: { ...input, createdAt: input.createdAt.toISOString() } } });
}

/** A filled banner SVG as a PNG `width` pixels wide. */
export function renderPngFile({ ctx, input }: ServiceCall<{ svg: string; width: number }>): Promise<Uint8Array> {
  return renderFile({ ctx, input: { kind: 'png', ...input } });
}
