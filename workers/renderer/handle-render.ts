import { RENDER_PATH, renderRequest } from '../contracts/render-request';
import { createLogger, serializeError } from '../logging';

const json = (status: number, code: string, message: string, details?: unknown) =>
  Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });

/**
 * POST /render: a zod-checked render request (workers/contracts/render-request.ts) answered with the PDF or PNG.
 * Each renderer is loaded on its first use, so a PDF never evaluates resvg, nor a PNG pdf-lib and fontkit.
 */
export async function handleRender(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname !== RENDER_PATH) return json(404, 'not_found', 'The renderer answers POST /render only');
  if (request.method !== 'POST') return json(405, 'method_not_allowed', 'POST a render request');
  const body = await request.json().catch(() => undefined);
  const parsed = renderRequest.safeParse(body);
  if (!parsed.success) return json(400, 'validation_failed', 'Not a render request', parsed.error.issues);
  const input = parsed.data;
  try {
    if (input.kind === 'pdf') {
      const { renderPdf } = await import('../services/pdf');
      const pdf = await renderPdf({ ...input.document, createdAt: new Date(input.document.createdAt) });
      return new Response(pdf, { headers: { 'content-type': 'application/pdf' } });
    }
    const { renderPng } = await import('./render-png');
    const png = await renderPng(input.svg, input.width);
    return new Response(png, { headers: { 'content-type': 'image/png' } });
  } catch (err) {
    // An SVG resvg refuses, or a failed wasm start: the API answers 503 renderer_unavailable and logs it too.
    createLogger().error('render_failed', {
      kind: input.kind,
      error: err instanceof Error ? serializeError(err) : String(err),
    });
    return json(500, 'render_failed', err instanceof Error ? err.message : String(err));
  }
}
