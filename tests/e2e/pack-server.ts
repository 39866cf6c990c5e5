import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A local HTTPS server for team packs (issue #18): each path serves a body with an ETag,
// answers 304 to a matching If-None-Match, and counts what it was asked. The certificate is
// made per run with openssl (self-signed for 127.0.0.1 and packs.zendesk.com): Firefox
// accepts it (acceptInsecureCerts), Chromium trusts exactly its key and maps packs.zendesk.com
// to it (drivers/chromium.ts). Loopback only.

export interface PackFile {
  body: string;
  etag: string;
  /** Answer with CORS for any origin (a raw file on a git host does); else only the host permission helps. */
  cors?: boolean;
  status?: number;
}

export interface PackServer {
  readonly origin: string;
  readonly port: number;
  /** base64 sha256 of the certificate's public key, for Chromium's --ignore-certificate-errors-spki-list. */
  readonly spki: string;
  url(path: string): string;
  set(path: string, file: PackFile): void;
  /** What the server answered for a path: status codes in order, with the If-None-Match sent. */
  log(path: string): { status: number; ifNoneMatch?: string }[];
  close(): Promise<void>;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export async function startPackServer(): Promise<PackServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tonlage-packs-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:packs.zendesk.com',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const files = new Map<string, PackFile>();
  const logs = new Map<string, { status: number; ifNoneMatch?: string }[]>();
  const server: Server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
    const file = files.get(path);
    const ifNoneMatch = req.headers['if-none-match'];
    const cors = file?.cors ? { 'access-control-allow-origin': '*' } : {};
    const status = !file ? 404 : (file.status ?? (ifNoneMatch === file.etag ? 304 : 200));
    logs.set(path, [...(logs.get(path) ?? []), { status, ifNoneMatch }]);
    if (status !== 200) return void res.writeHead(status, { ...cors, ...(file ? { etag: file.etag } : {}) }).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: file!.etag, ...cors }).end(file!.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `https://127.0.0.1:${port}`;
  const der = new X509Certificate(readFileSync(cert)).publicKey.export({ type: 'spki', format: 'der' });
  return {
    origin,
    port,
    spki: createHash('sha256').update(der).digest('base64'),
    url: (path) => `${origin}${path}`,
    set: (path, file) => void files.set(path, file),
    log: (path) => logs.get(path) ?? [],
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
