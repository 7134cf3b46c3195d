import { RENDER_PATH, type RenderRequest } from '../../contracts/render-request';

/** The renderer Worker is not bound, did not answer, or answered with an error: the reason, for the log. */
export class RendererUnavailableError extends Error {
  override name = 'RendererUnavailableError';
}

const EXPECTED = { pdf: 'application/pdf', png: 'image/png' } as const;

/**
 * Asks the renderer Worker (workers/renderer-worker.ts), through the RENDERER service binding, for a PDF or a PNG.
 * The host of the URL is nobody's: a service binding delivers the request to the bound Worker whatever it names.
 */
export async function renderRemote(renderer: Fetcher | undefined, request: RenderRequest): Promise<Uint8Array> {
  if (!renderer) throw new RendererUnavailableError('the RENDERER service binding is not configured');
  let res: Response;
  try {
    res = await renderer.fetch(`https://renderer${RENDER_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch (err) {
    throw new RendererUnavailableError(err instanceof Error ? err.message : String(err));
  }
  const type = res.headers.get('content-type');
  if (!res.ok || type !== EXPECTED[request.kind]) {
    const detail = (await res.text().catch(() => '')).slice(0, 500);
    throw new RendererUnavailableError(`HTTP ${res.status} ${type ?? ''}: ${detail}`);
  }
  return new Uint8Array(await res.arrayBuffer());
}
