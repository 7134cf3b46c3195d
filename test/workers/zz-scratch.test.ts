import { it } from 'vitest';
import { call } from '../api-client';
import { useTestDatabase } from '../worker-env';
useTestDatabase();
it('doc', async () => {
  const res = await call(null, 'GET', '/openapi.json');
  console.log(res.status, JSON.stringify(res.body).slice(0, 3000));
  for (const [p, ops] of Object.entries((res.body as any).paths ?? {})) console.log(p, Object.keys(ops as object).join(','));
});
