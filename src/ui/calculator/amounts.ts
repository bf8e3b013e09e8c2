/**
 * Amounts as people type or paste them: `250 000`, `250000,50`, `250 000 ₸`, `250 000 тг`, `1,250,000.50`,
 * with non-breaking spaces from spreadsheets, digits of other scripts, or a column of several lines.
 * The result is the case format's decimal string ("250000.50"), or an error key.
 */
export type AmountParse = { ok: true; value: string } | { ok: false; error: 'amount.format' | 'amount.negative' | 'amount.too_large' | 'amount.precision' };

const SPACES = /[\s\u00a0\u202f\u2007\u2009']/g;
const CURRENCY = /(₸|тенге|теңге|тңг|тг\.?|kzt)/gi;

/** Digits of other scripts (Arabic-Indic, Persian, full-width, Devanagari …) to ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0) ?? 48;
    // Unicode decimal digits come in runs of ten starting at a code point ending in 0 (mod 16 for most).
    for (const zero of [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10]) {
      if (code >= zero && code <= zero + 9) return String(code - zero);
    }
    return d;
  });
}

export function parseAmount(raw: string): AmountParse {
  let text = asciiDigits(raw).replace(CURRENCY, '').replace(SPACES, '');
  if (text === '') return { ok: true, value: '' };
  let negative = false;
  if (/^[-−–]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text)) return { ok: false, error: 'amount.format' };
  // The last mark is the decimal separator unless it groups thousands: repeated ("1.250.000"), or alone and
  // followed by exactly three digits ("250,000" — nobody writes tenge to three decimals).
  const sep = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  let intPart = text;
  let frac = '';
  if (sep >= 0) {
    const mark = text[sep];
    const after = text.slice(sep + 1);
    const repeated = text.split(mark).length > 2;
    const otherMark = text.includes(mark === '.' ? ',' : '.');
    const grouping = repeated || (!otherMark && after.length === 3);
    if (grouping) {
      if (!/^\d{1,3}(?:[.,]\d{3})+$/.test(text)) return { ok: false, error: 'amount.format' };
      intPart = text.replace(/[.,]/g, '');
    } else {
      const before = text.slice(0, sep);
      if (after === '' || !(/^\d+$/.test(before) || /^\d{1,3}(?:[.,]\d{3})+$/.test(before))) return { ok: false, error: 'amount.format' };
      intPart = before.replace(/[.,]/g, '');
      frac = after;
    }
  }
  if (!/^\d+$/.test(intPart || '0') || !/^\d*$/.test(frac)) return { ok: false, error: 'amount.format' };
  if (frac.length > 2) return { ok: false, error: 'amount.precision' };
  const int = (intPart.replace(/^0+(?=\d)/, '') || '0');
  if (negative && /[1-9]/.test(int + frac)) return { ok: false, error: 'amount.negative' };
  if (int.length > 12) return { ok: false, error: 'amount.too_large' };
  return { ok: true, value: frac && /[1-9]/.test(frac) ? `${int}.${frac.padEnd(2, '0')}` : int };
}

/** A pasted column: one amount per line (or per tab-separated cell of the first column). */
export function splitPasted(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.split('\t')[0].trim())
    .filter((line, i, all) => line !== '' || i < all.length - 1);
}
