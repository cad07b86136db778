import { HttpException } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { authorize } from '../auth/api-key.guard';
import type { ApiKeysService } from '../auth/api-keys.service';

// A browser cannot send `Authorization: Bearer` when it opens a page, so an admin signs in to the
// pages under /admin (Bull Board) with a form: the key goes once in a POST body (never in a URL,
// where logs and history would keep it) and comes back as a cookie that only /admin receives,
// that scripts cannot read (HttpOnly) and that no other site can make the browser send
// (SameSite=Strict), so the board's retry and clean buttons cannot be forged from elsewhere.

export const ADMIN_COOKIE = 'ppt_admin_key';
const COOKIE_PATH = '/admin';
export const ADMIN_LOGIN_PATH = '/admin/login';
const MAX_FORM_BYTES = 4096;

/** The Authorization header, else the admin cookie as a bearer key. */
export function adminAuthorization(req: Request): string | undefined {
  if (req.headers.authorization) return req.headers.authorization;
  const key = cookieValue(req.headers.cookie, ADMIN_COOKIE);
  return key ? `Bearer ${key}` : undefined;
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

/** A page opened by a person (not a script asking for JSON) is sent to the form instead of a 401. */
export function wantsPage(req: Request): boolean {
  return req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(message: string | null): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Admin sign-in · Post Provenance Tracker</title>
    <link rel="stylesheet" href="/desk.css" />
  </head>
  <body>
    <main class="admin-login">
      <h1>Queue dashboard</h1>
      <p>Bull Board needs an <strong>admin</strong> API key. It is kept in a cookie for this
        browser session and sent only to <code>/admin</code>.</p>
      ${message ? `<p class="status error" role="alert">${escapeHtml(message)}</p>` : ''}
      <form method="post" action="/admin/session" class="key-form">
        <label for="admin-key">Admin API key</label>
        <input id="admin-key" name="key" type="password" autocomplete="off" required placeholder="ppt_…" />
        <button type="submit">Open the dashboard</button>
      </form>
      <p><a href="/">Back to the review desk</a></p>
    </main>
  </body>
</html>
`;
}

/** The `key` field of a small urlencoded form body; null when there is none or it is too large. */
async function formKey(req: Request): Promise<string | null> {
  if (!/application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) return null;
  let body = '';
  for await (const chunk of req as AsyncIterable<Buffer>) {
    body += chunk.toString('utf8');
    if (body.length > MAX_FORM_BYTES) return null;
  }
  return new URLSearchParams(body).get('key')?.trim() || null;
}

function cookie(req: Request, value: string, maxAgeSeconds?: number): string {
  return [
    `${ADMIN_COOKIE}=${encodeURIComponent(value)}`,
    `Path=${COOKIE_PATH}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(req.secure ? ['Secure'] : []),
    ...(maxAgeSeconds === undefined ? [] : [`Max-Age=${maxAgeSeconds}`]),
  ].join('; ');
}

async function signIn(keys: ApiKeysService, req: Request, res: Response): Promise<void> {
  const key = await formKey(req);
  const refuse = (status: number, message: string) =>
    void res.status(status).type('html').send(loginPage(message));
  if (!key) return refuse(400, 'Enter an admin API key.');
  try {
    await authorize(keys, `Bearer ${key}`, 'admin', () => undefined);
  } catch (err) {
    if (!(err instanceof HttpException)) throw err;
    return refuse(err.getStatus(), err.message);
  }
  res.setHeader('Set-Cookie', cookie(req, key));
  res.redirect(303, '/admin/queues');
}

/**
 * GET /admin/login (the form), POST /admin/session (the key in, the cookie out, on to the board)
 * and POST /admin/logout. Mounted before the admin-only middleware, which would refuse them.
 */
export function mountAdminSession(app: NestExpressApplication, keys: ApiKeysService): void {
  const express = app.getHttpAdapter().getInstance() as {
    get(path: string, handler: (req: Request, res: Response) => void): void;
    post(
      path: string,
      handler: (req: Request, res: Response, next: (e: unknown) => void) => void,
    ): void;
  };
  express.get(ADMIN_LOGIN_PATH, (_req, res) => {
    res.type('html').send(loginPage(null));
  });
  express.post('/admin/session', (req, res, next) => {
    signIn(keys, req, res).catch(next);
  });
  express.post('/admin/logout', (req, res) => {
    res.setHeader('Set-Cookie', cookie(req, '', 0));
    res.redirect(303, '/');
  });
}
