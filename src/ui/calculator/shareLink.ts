/**
 * Prefill links: `#case=` followed by the case JSON in base64url (CONTRACT.md). The fragment never reaches a
 * server, so neither does the income in it; income goes into a link only when the user asks for it.
 */
import type { CaseInput } from '../../core';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function encodeCase(input: CaseInput, withIncome: boolean): string {
  const shared: CaseInput = withIncome ? input : { ...input, income: { kind: input.income?.kind ?? 'salary', months: [] } };
  return `case=${toBase64Url(JSON.stringify(shared))}`;
}
