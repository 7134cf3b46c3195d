import { describe, expect, it } from 'vitest';
import { MessageScanner, message, PacketReader, PROTOCOL_3, simpleQuery, startupParameters } from './pg-wire';

const startupPacket = (params: Record<string, string>) => {
  const body = Buffer.from(
    `${Object.entries(params)
      .flatMap(([k, v]) => [k, v])
      .join('\0')}\0\0`,
    'utf8',
  );
  const out = Buffer.alloc(8 + body.length);
  out.writeInt32BE(out.length);
  out.writeInt32BE(PROTOCOL_3, 4);
  body.copy(out, 8);
  return out;
};

/** The stream cut into every chunk size from 1 byte up, as a socket may deliver it. */
const chunkings = (stream: Buffer) =>
  [1, 2, 3, 5, 7, stream.length].map((size) => {
    const chunks: Buffer[] = [];
    for (let i = 0; i < stream.length; i += size) chunks.push(stream.subarray(i, i + size));
    return chunks;
  });

describe('PacketReader', () => {
  it('cuts the untyped startup packet, then typed messages, whatever the chunks', () => {
    const startup = startupPacket({ user: 'postgres', database: 'test_x' });
    const typed = [message('p', Buffer.from('secret\0')), simpleQuery('SELECT 1'), message('X')];
    for (const chunks of chunkings(Buffer.concat([startup, ...typed]))) {
      const reader = new PacketReader();
      reader.untyped = true;
      const got: Buffer[] = [];
      for (const chunk of chunks) {
        for (let packets = reader.push(chunk); packets.length > 0; packets = reader.push(Buffer.alloc(0))) {
          got.push(...packets);
          reader.untyped = false;
        }
      }
      expect(got.map((p) => p.toString('hex'))).toEqual([startup, ...typed].map((p) => p.toString('hex')));
    }
  });

  it('reads the startup parameters', () => {
    const params = startupParameters(startupPacket({ user: 'postgres', database: 'test_x', application_name: 'a' }));
    expect(Object.fromEntries(params)).toEqual({ user: 'postgres', database: 'test_x', application_name: 'a' });
  });
});

describe('MessageScanner', () => {
  it("sees every message's type and first body byte across chunk boundaries", () => {
    const ready = (status: string) => message('Z', Buffer.from(status));
    const stream = Buffer.concat([
      message('1'),
      message('D', Buffer.alloc(300, 7)),
      message('C', Buffer.from('SELECT 1\0')),
      ready('T'),
      message('E', Buffer.from('SERROR\0\0')),
      ready('E'),
      ready('I'),
    ]);
    for (const chunks of chunkings(stream)) {
      const seen: string[] = [];
      const scanner = new MessageScanner((type, first) =>
        seen.push(`${String.fromCharCode(type)}${first < 0 ? '' : `:${first}`}`),
      );
      for (const chunk of chunks) scanner.scan(chunk);
      expect(seen).toEqual(['1', 'D:7', 'C:83', 'Z:84', 'E:83', 'Z:69', 'Z:73']);
    }
  });
});
