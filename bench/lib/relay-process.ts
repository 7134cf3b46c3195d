// dev/relay.ts in a process of its own, so the ingest benchmark can tell its CPU time apart from
// the writers' (in production the relay is Neon's proxy, on other machines).
//   node --import tsx bench/lib/relay-process.ts PG_PORT   → prints {"port":N} once listening
import { startRelay } from '../../dev/relay';

const pgPort = Number(process.argv[2]);
if (!pgPort) throw new Error('usage: relay-process.ts PG_PORT');
const relay = await startRelay({ port: 0, pgPort });
process.stdout.write(`${JSON.stringify({ port: relay.port })}\n`);
const stop = () => void relay.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// Ends with the benchmark even if it dies without signalling.
process.stdin.resume();
process.stdin.once('end', stop);
