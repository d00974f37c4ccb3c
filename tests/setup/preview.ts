// Serves a built site with Astro's preview server on a free local port (telemetry off).
import net from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function servePreview(outDir?: string): Promise<{ url: string; stop(): Promise<void> }> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { preview } = await import('astro');
  const port = await freePort();
  const server = await preview({ root: process.cwd(), ...(outDir ? { outDir } : {}), logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
