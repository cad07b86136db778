// The page's one door to the HTTP API: adds the tab's API key and turns errors into one line.

const KEY_SLOT = 'ppt.apiKey';

export function storedKey() {
  return sessionStorage.getItem(KEY_SLOT) ?? '';
}

export function storeKey(key) {
  if (key) sessionStorage.setItem(KEY_SLOT, key);
  else sessionStorage.removeItem(KEY_SLOT);
}

export async function api(method, path, body) {
  const headers = {};
  const key = storedKey();
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = parseJson(text);
  if (!res.ok) {
    const message =
      parsed && parsed.message ? [].concat(parsed.message).join('; ') : res.statusText;
    const hint =
      res.status === 401 || res.status === 403 ? ' (enter an API key with the right role)' : '';
    throw new Error(`${method} ${path}: ${res.status} ${message}${hint}`);
  }
  return parsed;
}

function parseJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return { message: text };
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) q.set(name, value);
  const s = q.toString();
  return s ? `?${s}` : '';
}
