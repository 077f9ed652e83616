import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** Arrival time on the server, ms (performance.now of the test process). */
  readonly at: number;
  /** Requests in flight on the server when this one arrived, itself included. */
  readonly inFlight: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A local HTTP server on 127.0.0.1 and a free port, recording every request. */
export interface TestServer {
  readonly base: string;
  readonly requests: Recorded[];
  /** The most requests in flight at once so far. */
  maxInFlight(): number;
  route(path: string, h: Handler): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: Recorded[] = [];
  let inFlight = 0;
  let max = 0;
  const server: Server = createServer((req, res) => {
    inFlight++;
    max = Math.max(max, inFlight);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, headers: req.headers, at: performance.now(), inFlight });
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    res.on('finish', finish);
    res.on('close', finish);
    const h = routes.get(url.pathname);
    if (!h) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(h(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => max,
    route: (p, h) => void routes.set(p, h),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Bytes that sniff as a PDF, distinct per `tag`. */
export const pdfBytes = (tag: string): Buffer => Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`, 'latin1');
