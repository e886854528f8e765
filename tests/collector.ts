// A usage collector for tests: takes Segment-style batch calls, keeps each message once by its
// messageId (as Segment and RudderStack do) and counts the duplicates it dropped, so a test can
// check that every event arrived and that retries did no harm.
import type http from 'node:http';
import { startServer, type LocalServer, type SeenRequest } from './local-server';

export interface ReceivedMessage {
  type: string;
  event: string;
  messageId: string;
  timestamp: string;
  userId?: string;
  anonymousId?: string;
  properties: Record<string, unknown>;
  context?: unknown;
}

export interface Collector {
  server: LocalServer;
  url: string;
  /** Messages by messageId, each kept once. */
  received: Map<string, ReceivedMessage>;
  duplicates: number;
  batches: { sentAt: string; size: number; authorization?: string }[];
  /** Keeps a batch's messages, counting the ones it already had. */
  store(batch: ReceivedMessage[]): void;
  /** Decide how the next request is answered: return true when the override answered it. */
  override(fn: ((req: SeenRequest, res: http.ServerResponse, batch: ReceivedMessage[]) => boolean | Promise<boolean>) | undefined): void;
  close(): Promise<void>;
}

export async function startCollector(options: { cors?: boolean } = {}): Promise<Collector> {
  const received = new Map<string, ReceivedMessage>();
  const batches: Collector['batches'] = [];
  let duplicates = 0;
  let override: Parameters<Collector['override']>[0];
  const cors = options.cors
    ? {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'authorization, content-type',
        'Access-Control-Allow-Methods': 'POST',
      }
    : {};
  const store = (batch: ReceivedMessage[]) => {
    for (const m of batch) {
      if (received.has(m.messageId)) duplicates++;
      else received.set(m.messageId, m);
    }
  };
  const server = await startServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    let batch: ReceivedMessage[];
    try {
      const body = JSON.parse(req.body) as { batch?: ReceivedMessage[]; sentAt?: string };
      if (!Array.isArray(body.batch) || typeof body.sentAt !== 'string') throw new Error('not a batch');
      batch = body.batch;
    } catch {
      res.writeHead(400, { 'Content-Type': 'application/json', ...cors });
      res.end('{"error":"invalid batch"}');
      return;
    }
    if (override && (await override(req, res, batch))) return;
    batches.push({ sentAt: JSON.parse(req.body).sentAt, size: batch.length, authorization: req.headers.authorization });
    store(batch);
    res.writeHead(200, { 'Content-Type': 'application/json', ...cors });
    res.end('{"success":true}');
  });
  return {
    server,
    url: `${server.url}/v1/batch`,
    received,
    get duplicates() {
      return duplicates;
    },
    batches,
    store,
    override(fn) {
      override = fn;
    },
    close: () => server.close(),
  };
}
