// A real HTTP server on 127.0.0.1 at a random port, for tests of the feed and the collector: each
// test decides how it answers, and sees every request it got.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Handler = (req: SeenRequest, res: http.ServerResponse) => void | Promise<void>;

export interface LocalServer {
  url: string;
  port: number;
  requests: SeenRequest[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** `host` is 127.0.0.1 unless given: another loopback address (127.0.0.2) stands for a host that is not this machine's name for itself. */
export async function startServer(handler: Handler, port = 0, host = '127.0.0.1'): Promise<LocalServer> {
  let current = handler;
  const requests: SeenRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: SeenRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(seen);
      Promise.resolve(current(seen, res)).catch((e: unknown) => {
        res.destroy(e instanceof Error ? e : new Error(String(e)));
      });
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    requests,
    handle(next) {
      current = next;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on: bind one, note it, close it. */
export async function closedPort(): Promise<number> {
  const s = await startServer(() => undefined);
  const { port } = s;
  await s.close();
  return port;
}
