/**
 * Serves test/fixtures/ on 127.0.0.1 with a random port. Pages are plain files; `?`-queries are ignored so a test
 * can load the same page twice as two URLs. `/generated/<name>?…` lets tests ask for generated pages (see
 * `generated-pages.ts`).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

import { renderGeneratedPage } from './generated-pages';

const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function startFixtureServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/generated/')) {
        const html = renderGeneratedPage(url.pathname.slice('/generated/'.length), url.searchParams);
        if (html === undefined) return send(response, 404, 'text/plain', 'no such generated page');
        return send(response, 200, CONTENT_TYPES['.html']!, html);
      }
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      const file = join(FIXTURES_DIR, relative);
      if (!file.startsWith(FIXTURES_DIR + sep)) return send(response, 403, 'text/plain', 'outside fixtures');
      try {
        const body = await readFile(file);
        send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
      } catch {
        send(response, 404, 'text/plain', 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(
  response: import('node:http').ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}
