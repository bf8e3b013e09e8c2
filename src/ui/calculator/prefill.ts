/** Reading prefill links (`#case=`, CONTRACT.md); shareLink.ts writes them. */
import { parseCase, type Case, type CaseError } from '../../core';

const MAX_FRAGMENT = 100_000;

function fromBase64Url(encoded: string): string {
  const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export type PrefillResult = { status: 'none' } | { status: 'ok'; value: Case } | { status: 'invalid'; errors: CaseError[] | null };

/**
 * Reads `#case=…` from a location hash (or, with `key`, the "what if" scenario of `#case=…&compare=…`).
 * Anything broken (bad base64, bad JSON, a bad case, too long) is `invalid`.
 */
export function readPrefill(hash: string, key: 'case' | 'compare' = 'case'): PrefillResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(key);
  if (encoded === null) return { status: 'none' };
  if (encoded.length > MAX_FRAGMENT || !/^[A-Za-z0-9_-]*$/.test(encoded)) return { status: 'invalid', errors: null };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { status: 'invalid', errors: null };
  }
  const parsed = parseCase(json);
  return parsed.ok ? { status: 'ok', value: parsed.value } : { status: 'invalid', errors: parsed.errors };
}
