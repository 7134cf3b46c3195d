/**
 * The few pieces of the Postgres wire protocol (v3) the pooling relay reads and writes: the untyped startup
 * packet, typed messages (a type byte, then an int32 length that counts itself but not the type), and the
 * handful of messages it makes itself.
 */

export const PROTOCOL_3 = 196_608;
export const SSL_REQUEST = 80_877_103;
export const GSSENC_REQUEST = 80_877_104;
export const CANCEL_REQUEST = 80_877_102;

/** The type bytes the relay looks at, and ReadyForQuery's status outside a transaction. */
export const [QUERY, SYNC, FUNCTION_CALL, TERMINATE, PASSWORD, AUTHENTICATION, READY, ERROR, IDLE] = [
  ...'QSFXpRZEI',
].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number, number, number, number];

/** A typed message. */
export function message(type: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const out = Buffer.alloc(5 + body.length);
  out.write(type, 0, 'latin1');
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
}

/** A simple-protocol query. */
export const simpleQuery = (text: string): Buffer => message('Q', Buffer.from(`${text}\0`, 'utf8'));

/** AuthenticationCleartextPassword: what the relay asks a pooled client for. */
export const askPassword = (): Buffer => {
  const body = Buffer.alloc(4);
  body.writeInt32BE(3);
  return message('R', body);
};

/** A FATAL ErrorResponse with SQLSTATE 08006 (connection failure). */
export function fatal(text: string): Buffer {
  const fields = [
    ['S', 'FATAL'],
    ['V', 'FATAL'],
    ['C', '08006'],
    ['M', text],
  ];
  return message('E', Buffer.from(`${fields.map(([k, v]) => `${k}${v}\0`).join('')}\0`, 'utf8'));
}

/** The startup packet's parameters (user, database, options, application_name…). */
export function startupParameters(packet: Buffer): Map<string, string> {
  const parts = packet.subarray(8).toString('utf8').split('\0');
  const params = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i] !== ''; i += 2) params.set(parts[i]!, parts[i + 1]!);
  return params;
}

/** Cuts whole packets off a byte stream: typed messages, or the untyped startup packet while `untyped` is set. */
export class PacketReader {
  private buffered: Buffer = Buffer.alloc(0);
  untyped = false;

  /** The whole packets the chunk completes; a partial one waits for the next chunk. */
  push(chunk: Buffer): Buffer[] {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const out: Buffer[] = [];
    for (;;) {
      const head = this.untyped ? 0 : 1;
      if (this.buffered.length < head + 4) break;
      const size = head + this.buffered.readInt32BE(head);
      if (this.buffered.length < size) break;
      out.push(this.buffered.subarray(0, size));
      this.buffered = this.buffered.subarray(size);
      // Only the first packet of a connection (or the one after an SSL refusal) is untyped; the caller sets it.
      if (this.untyped) break;
    }
    return out;
  }

  /** What is buffered past the packets returned so far. */
  rest(): Buffer {
    const rest = this.buffered;
    this.buffered = Buffer.alloc(0);
    return rest;
  }
}

/**
 * Follows typed message boundaries in a stream without copying it, calling `onMessage` with each message's type
 * and its first body byte (-1 when it has none): enough to see ReadyForQuery's transaction status.
 */
export class MessageScanner {
  private header = Buffer.alloc(6);
  private have = 0;
  private skip = 0;

  constructor(private readonly onMessage: (type: number, first: number) => void) {}

  scan(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      this.header[this.have++] = chunk[i++]!;
      if (this.have < 5) continue;
      const body = this.header.readInt32BE(1) - 4;
      if (body === 0) {
        this.onMessage(this.header[0]!, -1);
        this.have = 0;
      } else if (this.have === 6) {
        this.onMessage(this.header[0]!, this.header[5]!);
        this.skip = body - 1;
        this.have = 0;
      }
    }
  }
}
