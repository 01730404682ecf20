// The examples server's port, chosen once: npm start needs it before the server starts, so
// that the case server can allow exactly that origin (CORS) and no other.
import { createServer } from 'node:net';

function isFree(port, host) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, host);
  });
}

/** $PORT if set (checked), else the first free port from 8000 on `host`. */
export async function choosePort(host) {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (!/^\d+$/.test(process.env.PORT.trim()) || port > 65_535)
      throw new Error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
    return port;
  }
  for (let port = 8000; port < 8100; port += 1) if (await isFree(port, host)) return port;
  throw new Error('No free port between 8000 and 8099; set PORT.');
}
