// A local stand-in for the EU's VIES REST API (POST /check-vat-number, VIES's checkVatNumber), for npm start
// and tests. Run alone with `npx tsx dev/vies-server.ts` (VIES_PORT, default 8799).
//
// Which numbers are valid is decided by their last digit, so tests and the dev stack need no setup:
// ending in 0 → invalid; ending in 9 → the member state is unavailable (MS_UNAVAILABLE); anything else →
// valid, trader "Trader <number>" at "1 Example Street, <country>". Input that fails VIES's own format
// check answers INVALID_INPUT with status 400, as VIES does.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

export interface ViesServer {
  /** http://127.0.0.1:port — the VIES_API_BASE_URL for clients. */
  url: string;
  /** Numbers checked so far, `${countryCode}${vatNumber}`, oldest first. */
  checked: string[];
  close(): Promise<void>;
}

const MEMBER_STATES = new Set(
  'AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI'.split(' '),
);

function reply(res: import('node:http').ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const failure = (error: string) => ({ actionSucceed: false, errorWrappers: [{ error, message: error }] });

export async function startViesServer(opts: { port?: number } = {}): Promise<ViesServer> {
  const checked: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method !== 'POST' || url.pathname !== '/check-vat-number') return reply(res, 404, failure('NOT_FOUND'));
      let body: { countryCode?: unknown; vatNumber?: unknown };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reply(res, 400, failure('INVALID_INPUT'));
      }
      const countryCode = typeof body.countryCode === 'string' ? body.countryCode : '';
      const vatNumber = typeof body.vatNumber === 'string' ? body.vatNumber : '';
      if (!MEMBER_STATES.has(countryCode) || !/^[0-9A-Z+*]{2,12}$/.test(vatNumber))
        return reply(res, 400, failure('INVALID_INPUT'));
      checked.push(`${countryCode}${vatNumber}`);
      if (vatNumber.endsWith('9')) return reply(res, 200, failure('MS_UNAVAILABLE'));
      const valid = !vatNumber.endsWith('0');
      reply(res, 200, {
        countryCode,
        vatNumber,
        requestDate: new Date().toISOString(),
        valid,
        requestIdentifier: '',
        name: valid ? `Trader ${vatNumber}` : '---',
        address: valid ? `1 Example Street, ${countryCode}` : '---',
        traderName: '---',
        traderStreet: '---',
        traderPostalCode: '---',
        traderCity: '---',
        traderCompanyType: '---',
        traderNameMatch: 'NOT_PROCESSED',
        traderStreetMatch: 'NOT_PROCESSED',
        traderPostalCodeMatch: 'NOT_PROCESSED',
        traderCityMatch: 'NOT_PROCESSED',
        traderCompanyTypeMatch: 'NOT_PROCESSED',
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    checked,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startViesServer({ port: Number(process.env.VIES_PORT ?? 8799) });
  console.log(`VIES double on ${server.url}`);
}
