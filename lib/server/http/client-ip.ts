import "server-only";
import { isIP } from "node:net";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client address for rate limits. scripts/trusted-proxy.mjs (preloaded into the server by
 * `npm start`/`npm run dev`) has already replaced X-Forwarded-For with the one address it can
 * vouch for (the socket's peer, or what a TRUSTED_PROXIES proxy saw), so the value is read as is.
 */
export function clientIp(headers: HeaderSource): string {
  const value = header(headers, "x-forwarded-for")?.split(",")[0]?.trim() ?? "";
  return isIP(value) ? value : "unknown";
}

/** Whether the request reached us over HTTPS (directly, or through a trusted proxy's X-Forwarded-Proto). */
export function isHttpsRequest(headers: HeaderSource, url?: string): boolean {
  const proto = header(headers, "x-forwarded-proto");
  if (proto) return proto === "https";
  return url?.startsWith("https:") ?? false;
}

/** The client address of the current server action or page request ("unknown" outside a request). */
export async function requestIp(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return clientIp(await headers());
  } catch {
    return "unknown";
  }
}
