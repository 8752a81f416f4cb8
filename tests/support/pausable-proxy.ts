// A TCP proxy in front of PostgreSQL that can be "paused": it keeps accepting connections but
// forwards nothing, as a stopped (SIGSTOP) or network-partitioned database behaves.
import net from "node:net";

export async function pausableProxy(target: URL): Promise<{ url: string; pause(): void; resume(): void; close(): Promise<void> }> {
  let paused = false;
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket | null }>();
  const waiting: (() => void)[] = [];
  const server = net.createServer((client) => {
    const pair = { client, upstream: null as net.Socket | null };
    pairs.add(pair);
    const connect = () => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      pair.upstream = upstream;
      client.pipe(upstream);
      upstream.pipe(client);
      const end = () => {
        client.destroy();
        upstream.destroy();
        pairs.delete(pair);
      };
      upstream.on("error", end).on("close", end);
      client.on("error", end).on("close", end);
    };
    if (paused) {
      client.pause();
      waiting.push(connect);
    } else connect();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = new URL(target);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    pause() {
      paused = true;
      for (const p of pairs) {
        p.client.pause();
        p.upstream?.pause();
      }
    },
    resume() {
      paused = false;
      for (const p of pairs) {
        p.client.resume();
        p.upstream?.resume();
      }
      for (const connect of waiting.splice(0)) connect();
    },
    async close() {
      for (const p of pairs) {
        p.client.destroy();
        p.upstream?.destroy();
      }
      await new Promise((r) => server.close(r));
    },
  };
}
