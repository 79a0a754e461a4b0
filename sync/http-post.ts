import http from 'node:http';
import https from 'node:https';

/**
 * One HTTP POST with a hard deadline for the whole exchange (connect, send, response body). Keep-alive
 * agents are shared so a draining worker reuses connections instead of opening one per message.
 * A deadline passed before the connection was even made is reported as 'network' (the province is out of
 * reach for everyone); one passed on an open connection as 'timeout' (this message got no answer).
 */
export type HttpReply = Readonly<{ status: number; headers: http.IncomingHttpHeaders; body: string }>;

export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly code: 'network' | 'timeout',
    message: string,
  ) {
    super(message);
  }
}

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });

export function postJson(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  timeoutMs: number,
): Promise<HttpReply> {
  const target = new URL(url);
  const isHttps = target.protocol === 'https:';
  const payload = Buffer.from(body, 'utf8');
  return new Promise<HttpReply>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const req = (isHttps ? https : http).request(
      target,
      {
        method: 'POST',
        agent: isHttps ? httpsAgent : httpAgent,
        headers: {
          ...headers,
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(payload.length),
        },
      },
      (res) => {
        const chunks: Array<Buffer> = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          finish(() =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          ),
        );
        res.on('error', (e) => finish(() => reject(new TransportError('network', e.message))));
      },
    );
    let connected = false;
    req.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once('connect', () => (connected = true));
    });
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          connected
            ? new TransportError('timeout', `no complete answer within ${timeoutMs} ms`)
            : new TransportError('network', `no connection within ${timeoutMs} ms`),
        ),
      );
      req.destroy();
    }, timeoutMs);
    req.on('error', (e) => finish(() => reject(new TransportError('network', e.message))));
    req.end(payload);
  });
}
