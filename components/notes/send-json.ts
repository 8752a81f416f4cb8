/** Calls one of our JSON routes; resolves to the body or to { error } with the server's message and field errors. */
export type SendResult<T> = { ok: true; data: T } | { ok: false; error: string; fields?: Record<string, string>; body?: unknown };

export async function sendJson<T>(url: string, method: string, body?: unknown): Promise<SendResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: json as T };
    return { ok: false, error: json?.error?.message ?? `Request failed (${res.status})`, fields: json?.error?.fields, body: json };
  } catch {
    return { ok: false, error: "Could not reach the server. Check your connection and try again." };
  }
}
