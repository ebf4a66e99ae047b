// A load balancer on loopback, as a deployment puts in front of several instances: each POST goes
// to the next instance in turn; an instance that refuses the connection (it is down) gets the
// request answered 502, and Telegram (here the emulator's webhook pusher) delivers it again later.
import { Agent, createServer, request } from "node:http";

export interface Balancer {
  readonly url: string;
  /** Requests forwarded, and those answered 502 because the instance refused or broke off. */
  readonly counts: { forwarded: number; badGateway: number };
  close(): Promise<void>;
}

export async function startBalancer(targets: readonly number[], path: string): Promise<Balancer> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const counts = { forwarded: 0, badGateway: 0 };
  let next = 0;
  const server = createServer((incoming, answer) => {
    const port = targets[next++ % targets.length] as number;
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = Buffer.concat(chunks);
      const headers = { ...incoming.headers, host: `127.0.0.1:${port}`, "content-length": body.length };
      const forward = request(
        { host: "127.0.0.1", port, path: incoming.url, method: incoming.method, headers, agent },
        (reply) => {
          counts.forwarded++;
          answer.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(answer);
        },
      );
      forward.on("error", () => {
        counts.badGateway++;
        if (!answer.headersSent) answer.writeHead(502, { "content-type": "text/plain" });
        answer.end("bad gateway");
      });
      forward.end(body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${path}`,
    counts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
