import { describe, expect, test } from 'vitest';
import { exactOrigin, readOptions } from './options';
import { asHostMessage } from './protocol';

describe('the widget checks what it is given', () => {
  test('options: valid values apply, anything else is ignored', () => {
    expect(readOptions('?lang=ru&theme=dark&accent=%230a7&bg=transparent&emit=1&origin=https%3A%2F%2Fbank.kz')).toEqual({
      lang: 'ru', theme: 'dark', accent: '#0a7', transparent: true, emitTo: 'https://bank.kz', preview: false,
    });
    expect(readOptions('?lang=en&theme=neon&accent=red%3Bbackground%3Aurl(x)&bg=red&emit=1&origin=javascript%3Aalert(1)')).toEqual({
      lang: null, theme: 'light', accent: null, transparent: false, emitTo: null, preview: false,
    });
    expect(readOptions('?accent=%23abcd').accent).toBeNull();
    expect(readOptions('?preview=1').preview).toBe(true); // the embedding guide's preview keeps nothing
    expect(readOptions('?preview=yes').preview).toBe(false);
    expect(readOptions('?origin=https%3A%2F%2Fbank.kz').emitTo).toBeNull(); // no emit=1: no results
  });

  test('an origin must be exactly an origin', () => {
    expect(exactOrigin('https://bank.kz')).toBe('https://bank.kz');
    expect(exactOrigin('http://127.0.0.1:4174')).toBe('http://127.0.0.1:4174');
    expect(exactOrigin('https://bank.kz/')).toBeNull();
    expect(exactOrigin('https://bank.kz/path')).toBeNull();
    expect(exactOrigin('*')).toBeNull();
    expect(exactOrigin('null')).toBeNull();
    expect(exactOrigin('file:///etc')).toBeNull();
  });

  test('host messages: only the known shapes', () => {
    expect(asHostMessage({ source: 'gfss-calc-host', version: 1, type: 'request-height' })).not.toBeNull();
    expect(asHostMessage({ source: 'gfss-calc-host', version: 1, type: 'request-result' })).not.toBeNull();
    expect(asHostMessage({ source: 'gfss-calc-host', version: 2, type: 'request-result' })).toBeNull();
    expect(asHostMessage({ source: 'gfss-calc-host', version: 1, type: 'set-case' })).toBeNull();
    expect(asHostMessage({ source: 'gfss-calc-host', version: 1, type: 'request-result', extra: 1 })).toBeNull();
    expect(asHostMessage('request-result')).toBeNull();
    expect(asHostMessage(null)).toBeNull();
    expect(asHostMessage([1, 2, 3])).toBeNull();
  });
});
