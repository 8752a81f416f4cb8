// The headers every page and API answer carries (set in proxy.ts). Scripts run only from our own
// origin and with this response's nonce ('strict-dynamic' lets those scripts load Next's chunks);
// no inline script without the nonce, no eval outside development. Styles allow inline because
// React style attributes and the chart library use them; that is not a script-execution path.

export interface SecurityHeaderOptions {
  nonce: string;
  https: boolean;
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, https, dev }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "media-src 'self' data: blob:",
    // The offline service worker (/sw.js) and the web app manifest are our own files.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Browser features the app never uses are switched off; speech synthesis needs no permission. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()";

export function securityHeaders(opts: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(opts),
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only over HTTPS (a browser ignores it over HTTP anyway); no includeSubDomains, so a school's
    // other sites on plain HTTP are not locked out.
    ...(opts.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

/** The CSP of an API answer (JSON, a file download): it runs nothing and loads nothing. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The headers of every /api answer but next-auth's, set by the route wrapper (lib/server/auth/guard.ts):
 * proxy.ts does not run for /api, which saves its cost on every request (no nonce needed for JSON).
 */
export function apiSecurityHeaders(https: boolean): Record<string, string> {
  return { ...securityHeaders({ nonce: "", https, dev: false }), "Content-Security-Policy": API_CONTENT_SECURITY_POLICY };
}
