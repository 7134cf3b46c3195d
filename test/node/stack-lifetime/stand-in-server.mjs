// A stand-in for a server `npm start` spawns (wrangler dev, Postgres): it listens on argv[2]. With argv[3] it
// first starts a child of its own listening there (wrangler's workerd), which ignores SIGINT, so only a SIGKILL
// of the group ends it. With `stubborn` it ignores SIGINT itself, as a wrangler stuck in its shutdown would.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';

const [port, childPort, mode] = process.argv.slice(2);
if (childPort) spawn(process.execPath, [process.argv[1], childPort, '', 'stubborn'], { stdio: 'ignore' });
if (mode === 'stubborn') process.on('SIGINT', () => {});
createServer((_, res) => res.end('ok')).listen(Number(port), '127.0.0.1');
