// Types for scripts/trusted-proxy.mjs (plain JavaScript so Node can preload it with no build step).
import type { BlockList } from "node:net";

export function parseTrustedProxies(spec: string | undefined): BlockList;
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList): string;
export function sanitizeForwardedHeaders(
  req: { socket?: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> },
  trusted: BlockList,
): void;
