/**
 * Where the "what if" scenario is kept: this tab's (sessionStorage) first, else the last one (localStorage) when
 * it was copied from the same case; and the engine, which leaves a comparison link's scenario, writes the record
 * this reader reads (the two are written apart, so that the engine and the result's views share no module).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { encodeCase } from './shareLink';
import { prefillFrom } from './engine';
import { readScenario, writeScenario, WHAT_IF_KEY, type StoredScenario } from './whatIfStore';

class MemoryStorage {
  private items = new Map<string, string>();
  refuse = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let session: MemoryStorage;
let local: MemoryStorage;
beforeEach(() => {
  session = new MemoryStorage();
  local = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { sessionStorage: session, localStorage: local };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const scenario = { version: 1 as const, birthDate: '2026-05-11', income: { kind: 'salary' as const, months: [{ month: '2026-01', amounts: ['180000'] }] } };
const record = (base: string | null): StoredScenario => ({ v: 1, scenario, base, open: true, typed: { raiseAmount: '250 0' } });

describe('readScenario', () => {
  test("this tab's scenario, whatever the case", () => {
    writeScenario(record('{"a":1}'));
    expect(readScenario('{"b":2}')).toEqual(record('{"a":1}'));
  });
  test('in a new tab: the last scenario only for the case it was copied from', () => {
    writeScenario(record('{"a":1}'));
    session = new MemoryStorage();
    (globalThis as unknown as { window: { sessionStorage: MemoryStorage } }).window.sessionStorage = session;
    expect(readScenario('{"a":1}')).toEqual(record('{"a":1}'));
    expect(readScenario('{"b":2}')).toBeNull();
  });
  test('what was half typed comes back with it', () => {
    writeScenario(record(null));
    expect(readScenario('')?.typed).toEqual({ raiseAmount: '250 0' });
  });
  test('storage refused or holding nonsense: nothing, and no error', () => {
    session.refuse = true;
    local.refuse = true;
    expect(() => writeScenario(record(null))).not.toThrow();
    expect(readScenario('')).toBeNull();
    session.refuse = false;
    session.setItem(WHAT_IF_KEY, '{not json');
    expect(readScenario('')).toBeNull();
    session.setItem(WHAT_IF_KEY, JSON.stringify({ v: 2, open: true }));
    expect(readScenario('')).toBeNull();
  });
});

describe('a comparison link, read by the engine', () => {
  const a = { version: 1 as const, birthDate: '2026-05-11', income: { kind: 'salary' as const, months: [] } };
  test("leaves its scenario where the what-if part reads it, open and for any case", () => {
    const hash = `#${encodeCase(a, true)}&compare=${encodeCase(scenario, true).slice('case='.length)}`;
    expect(prefillFrom(hash)).toHaveProperty('values');
    const stored = readScenario('{"whatever":true}');
    expect(stored).toMatchObject({ v: 1, base: null, open: true });
    expect(stored?.scenario).toMatchObject({ birthDate: '2026-05-11', income: { months: [{ month: '2026-01', amounts: ['180000'] }] } });
  });
  test('a broken scenario is said to be broken (null), not dropped silently', () => {
    prefillFrom(`#${encodeCase(a, true)}&compare=not-base64!`);
    expect(readScenario('')).toMatchObject({ scenario: null, open: true });
  });
  test("a scenario whose link's case cannot be read is dropped with it (it would turn up beside the next case)", () => {
    expect(prefillFrom(`#case=zzz&compare=${encodeCase(scenario, true).slice('case='.length)}`)).toEqual({ invalid: true });
    expect(readScenario('')).toBeNull();
  });
  test('a link without a comparison leaves nothing', () => {
    prefillFrom(`#${encodeCase(a, true)}`);
    expect(readScenario('')).toBeNull();
  });
});
