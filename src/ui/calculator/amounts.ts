/**
 * Amounts as people type or paste them: `250 000`, `250000,50`, `250 000 ₸`, `250 000 тг`, `1,250,000.50`,
 * `+180000`, with non-breaking spaces or zero-width characters from spreadsheets and web pages, digits of
 * other scripts, or a column of several lines. Nothing is guessed: two numbers in one cell are not joined
 * into one, and `1,500` (1 500 or 1.5?) is asked about rather than read one way.
 * The result is the case format's decimal string ("250000.50"), or an error key.
 */
export type AmountError = 'amount.format' | 'amount.negative' | 'amount.too_large' | 'amount.precision' | 'amount.two_amounts' | 'amount.ambiguous';
export type AmountParse = { ok: true; value: string } | { ok: false; error: AmountError };

/** Characters that show nothing (zero-width space, non-joiner, joiner, word joiner, byte order mark). */
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
/** Whatever may stand between the groups of thousands: spaces of every width, and the apostrophe (1'250'000). */
const GAP = `[ \\u00a0\\u202f\\u2007\\u2009']`;
/** Any run of space: a gap, or a tab or line break (two cells, two lines). */
const SPACE_RUN = new RegExp(`(?:${GAP}|\\s)+`, 'g');
/** Digits, marks and spaces: the characters a cell of amounts may hold. */
const ONLY_NUMBERS = new RegExp(`^(?:[\\d.,]|${GAP}|\\s)+$`);
const EDGES = new RegExp(`^(?:${GAP}|\\s)+|(?:${GAP}|\\s)+$`, 'g');
/** Digits grouped by gaps: `1 250 000`, `1 250 000,50`, and `1 000,505` (then three decimals). */
const GAP_GROUPED = new RegExp(`^\\d{1,3}(?:${GAP}+\\d{3})+(?:[.,]\\d+)?$`);
const CURRENCY = /(₸|тенге|теңге|тңг|тг\.?|kzt)/gi;
/** Groups of thousands marked by `.` or `,`: `1,250,000`, `1.250`. */
const MARK_GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

/** Digits of other scripts (Arabic-Indic, Persian, full-width, Devanagari …) to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0) ?? 48;
    // Unicode decimal digits come in runs of ten starting at a code point ending in 0 (mod 16 for most).
    for (const zero of [0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10]) {
      if (code >= zero && code <= zero + 9) return String(code - zero);
    }
    return d;
  });
}

/** The text without zero-width characters (pasted from web pages, messengers, some PDFs). */
export function withoutZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

export function parseAmount(raw: string): AmountParse {
  // The currency becomes a break, so that `250 000 ₸ 260 000 ₸` stays two numbers.
  let text = asciiDigits(withoutZeroWidth(raw)).replace(CURRENCY, '\n').replace(EDGES, '');
  if (text === '') return { ok: true, value: '' };
  let negative = false;
  if (/^[-−–+]/.test(text)) {
    negative = text[0] !== '+';
    text = text.slice(1).replace(EDGES, '');
  }
  if (!ONLY_NUMBERS.test(text) || !/\d/.test(text)) return { ok: false, error: 'amount.format' };

  // Spaces only group thousands. Anything else between digits is two numbers, which are never joined.
  let gapGrouped = false;
  if (/[^\d.,]/.test(text)) {
    // A tab or a line break is never a thousands separator: it comes from two cells or two lines.
    if (/[\t\n\r\v\f]/.test(text) || !GAP_GROUPED.test(text)) {
      const numbers = text.split(SPACE_RUN).every((part) => {
        const one = parseAmount(part);
        return one.ok || one.error !== 'amount.format';
      });
      return { ok: false, error: numbers ? 'amount.two_amounts' : 'amount.format' };
    }
    gapGrouped = true;
    text = text.replace(SPACE_RUN, '');
  }

  const sep = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  let intPart = text;
  let frac = '';
  let ambiguous = false;
  if (sep >= 0) {
    const mark = text[sep];
    const before = text.slice(0, sep);
    const after = text.slice(sep + 1);
    const repeated = text.split(mark).length > 2;
    const otherMark = text.includes(mark === '.' ? ',' : '.');
    if (gapGrouped) {
      // `1 250 000,50`: the spaces group, so the one mark is the decimal separator.
      if (repeated || otherMark || after === '') return { ok: false, error: 'amount.format' };
      intPart = before;
      frac = after;
    } else if (repeated) {
      // `1,250,000`, `1.250.000`: a repeated mark groups thousands.
      if (!MARK_GROUPED.test(text)) return { ok: false, error: 'amount.format' };
      intPart = text.replace(/[.,]/g, '');
    } else {
      // One mark of its kind is the decimal separator, after an integer or after `1.250` grouped by the other
      // mark. Alone, between 1–3 digits and exactly 3, it could be either: `1,500` is 1 500 or 1.5.
      if (after === '' || !(/^\d+$/.test(before) || MARK_GROUPED.test(before))) return { ok: false, error: 'amount.format' };
      ambiguous = !otherMark && /^\d{1,3}$/.test(before) && /^\d{3}$/.test(after);
      intPart = before.replace(/[.,]/g, '');
      frac = after;
    }
  }
  if (!/^\d+$/.test(intPart || '0') || !/^\d*$/.test(frac)) return { ok: false, error: 'amount.format' };
  if (ambiguous) return { ok: false, error: 'amount.ambiguous' };
  if (frac.length > 2) return { ok: false, error: 'amount.precision' };
  const int = (intPart.replace(/^0+(?=\d)/, '') || '0');
  if (negative && /[1-9]/.test(int + frac)) return { ok: false, error: 'amount.negative' };
  if (int.length > 12) return { ok: false, error: 'amount.too_large' };
  return { ok: true, value: frac && /[1-9]/.test(frac) ? `${int}.${frac.padEnd(2, '0')}` : int };
}

/**
 * An amount as the table shows it once typed: thousands grouped by a space, a decimal comma, as people in
 * Kazakhstan write money ("260000" → "260 000", "45000.5" → "45 000,50"). Takes the case format's decimal
 * string (what parseAmount returns); parseAmount reads the result back to the same value.
 */
export function formatTyped(value: string): string {
  const [int, frac] = value.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return frac ? `${grouped},${frac}` : grouped;
}
