// A small local load balancer for `npm run cluster` and its tests (node:http, nothing to install):
// requests go round-robin to the app servers; one that refuses the connection (stopped, killed)
// is skipped for a few seconds and the request goes to the next, as a load balancer's health
// check would do. Like the reverse proxy docs/deploy.md asks for, it overwrites X-Real-IP with
// the client's address (the servers run with TRUSTED_IP_HEADER=x-real-ip).
import http from "node:http";

export type Proxy = { origin: string; close: () => Promise<void>; served: number[] };

const RETRY_DOWN_MS = 5_000;

export async function startProxy(port: number, backends: string[]): Promise<Proxy> {
  const down = new Map<number, number>(); // backend index → when to try it again
  const served = backends.map(() => 0);
  let next = 0;

  const pick = (skip: Set<number>) => {
    for (let i = 0; i < backends.length; i++) {
      const index = (next + i) % backends.length;
      if (!skip.has(index) && (down.get(index) ?? 0) <= Date.now()) {
        next = index + 1;
        return index;
      }
    }
    return null;
  };

  const server = http.createServer(async (request, response) => {
    // Bodies are small here (forms, JSON, a picture): read whole, so a refused request can go elsewhere.
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const tried = new Set<number>();
    const attempt = () => {
      const index = pick(tried);
      if (index === null) {
        response.writeHead(502, { "Content-Type": "text/plain" }).end("No app server answered");
        return;
      }
      tried.add(index);
      const target = new URL(backends[index]!);
      const upstream = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          // A new connection per request: a kept-alive one to a server that was just killed fails
          // with a reset, which can't be told from a server failing mid-answer; a new one is refused.
          agent: false,
          headers: { ...request.headers, "x-real-ip": request.socket.remoteAddress ?? "", "x-forwarded-host": request.headers.host ?? "" },
        },
        (answer) => {
          served[index]!++;
          response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
          answer.pipe(response);
        },
      );
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        // Refused: the request never reached that server, so another one may take it. Any other
        // failure (the server died while answering) is the client's to see, as behind a real balancer.
        if (error.code === "ECONNREFUSED") {
          down.set(index, Date.now() + RETRY_DOWN_MS);
          attempt();
        } else if (!response.headersSent) response.writeHead(502, { "Content-Type": "text/plain" }).end("The app server failed");
        else response.destroy();
      });
      upstream.end(body);
    };
    attempt();
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "localhost", resolve));
  return {
    origin: `http://localhost:${port}`,
    served,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
