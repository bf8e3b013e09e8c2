/**
 * Prefill links: `#case=` followed by the case JSON in base64url (CONTRACT.md). The fragment never reaches a
 * server, so neither does the income in it; income goes into a link only when the user asks for it.
 */
import { parseCase, type Case, type CaseError, type CaseInput } from '../../core';

const MAX_FRAGMENT = 100_000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeCase(input: CaseInput, withIncome: boolean): string {
  const shared: CaseInput = withIncome ? input : { ...input, income: { kind: input.income?.kind ?? 'salary', months: [] } };
  return `case=${toBase64Url(JSON.stringify(shared))}`;
}

export type PrefillResult = { status: 'none' } | { status: 'ok'; value: Case } | { status: 'invalid'; errors: CaseError[] | null };

/** Reads `#case=…` from a location hash. Anything broken (bad base64, bad JSON, a bad case, too long) is `invalid`. */
export function readPrefill(hash: string): PrefillResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get('case');
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
