import net from 'node:net';

/**
 * A TCP relay put between the server and PostgreSQL to stage database outages: what the server sees is exactly
 * what it would see if the database went away (connections reset, new ones refused) and came back.
 */
export interface TcpProxy {
  port: number;
  /** Resets every open connection and stops listening, so new connections are refused. */
  cut(): Promise<void>;
  /**
   * Cuts as soon as a client sends `text` (SQL travels as plain text in the protocol), so an outage can be made to
   * land in the middle of a request, after some of its statements have run.
   */
  cutWhenSent(text: string): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let trigger: { text: string; fired: () => void } | null = null;
  let listening = false;

  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    const pair = { client, upstream };
    pairs.add(pair);
    // The protocol's messages may be split across chunks: keep enough of the previous one to see text that spans two.
    let tail = '';
    client.on('data', (chunk: Buffer) => {
      if (trigger) {
        const seen = tail + chunk.toString('latin1');
        tail = seen.slice(-trigger.text.length);
        if (seen.includes(trigger.text)) {
          const { fired } = trigger;
          trigger = null;
          void cutNow().then(fired);
          return;
        }
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', drop);
    upstream.on('close', drop);
    client.on('error', drop);
    upstream.on('error', drop);
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        listening = true;
        resolve();
      });
    });

  async function cutNow(): Promise<void> {
    const closed = listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    listening = false;
    for (const { client, upstream } of pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    pairs.clear();
    await closed;
  }

  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    cut: cutNow,
    cutWhenSent(text) {
      return new Promise<void>((resolve) => {
        trigger = { text, fired: resolve };
      });
    },
    restore: () => (listening ? Promise.resolve() : listen(port)),
    close: cutNow,
  };
}
