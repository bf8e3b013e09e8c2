/** Kazakh and Russian are equal: the same keys in every namespace, the plural forms each language needs. */
import { describe, expect, test } from 'vitest';
import { CASE_MESSAGES } from '../core/case/messages';
import { detectLanguage } from './languages';

const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

const PLURAL = /_(zero|one|two|few|many|other)$/;
const FORMS = { kk: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] } as const;

function leaves(obj: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') for (const [kk, vv] of leaves(v as Record<string, unknown>, key)) out.set(kk, vv);
    else out.set(key, String(v));
  }
  return out;
}

function namespace(lang: 'kk' | 'ru'): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [path, content] of Object.entries(files)) {
    const m = /locales\/(kk|ru)\/(.+)\.json$/.exec(path);
    if (m && m[1] === lang) out.set(m[2], leaves(content));
  }
  return out;
}

describe('locale parity', () => {
  const kk = namespace('kk');
  const ru = namespace('ru');

  test('both languages have the same namespaces', () => {
    expect([...kk.keys()].sort()).toEqual([...ru.keys()].sort());
    expect(kk.size).toBeGreaterThanOrEqual(2);
  });

  test('the same keys (plural suffixes aside) and no empty strings', () => {
    for (const [ns, kkKeys] of kk) {
      const base = (keys: Map<string, string>) => [...new Set([...keys.keys()].map((k) => k.replace(PLURAL, '')))].sort();
      expect(base(kkKeys), ns).toEqual(base(ru.get(ns) ?? new Map()));
      for (const [k, v] of [...kkKeys, ...(ru.get(ns) ?? new Map())]) expect(v.trim(), `${ns}:${k}`).not.toBe('');
    }
  });

  test('every plural has the forms of its language: kk one/other, ru one/few/many/other', () => {
    for (const [lang, all] of [['kk', kk], ['ru', ru]] as const) {
      for (const [ns, keys] of all) {
        const plurals = new Set([...keys.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
        for (const p of plurals) for (const form of FORMS[lang]) expect(keys.has(`${p}_${form}`), `${lang} ${ns}:${p}_${form}`).toBe(true);
      }
    }
  });

  test('every validation message of the case format is translated', () => {
    for (const all of [kk, ru]) {
      const errors = all.get('errors');
      for (const code of Object.keys(CASE_MESSAGES)) expect(errors?.has(code), code).toBe(true);
    }
  });
});

describe('language detection', () => {
  test('?lang wins, then the browser, then Kazakh', () => {
    expect(detectLanguage('?lang=ru', ['kk-KZ'])).toBe('ru');
    expect(detectLanguage('?lang=en', ['ru-RU', 'en'])).toBe('ru');
    expect(detectLanguage('', ['en-US', 'kk'])).toBe('kk');
    expect(detectLanguage('', ['en-US'])).toBe('kk');
    expect(detectLanguage('?lang=<script>', [])).toBe('kk');
  });
});
