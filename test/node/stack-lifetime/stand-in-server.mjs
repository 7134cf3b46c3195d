// A stand-in for a server `npm start` spawns (workerd, Postgres): it listens on argv[2] until it is signalled.
import { createServer } from 'node:http';

createServer((_, res) => res.end('ok')).listen(Number(process.argv[2]), '127.0.0.1');
