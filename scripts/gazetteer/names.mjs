// Cleans Arabic names from the catalogues and splits off the
// administrative prefix (محافظة، ولاية، قضاء …) that some labels carry, so
// the short form is the canonical name and the long form a variant.

const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;

/** The name without diacritics, tatweel and direction marks, spaces squeezed. */
export function clean(s) {
  return s.replace(MARKS, '').replace(/\s+/g, ' ').trim();
}

/** True when the label is written in Arabic script only (no Latin transliteration). */
export function isArabic(s) {
  return /[\u0600-\u06FF]/.test(s) && !/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF‘’ʼ]/.test(s);
}

// administrative prefix → the type it tells
const PREFIXES = [
  ['محافظة ', 'governorate'],
  ['ولاية ', 'governorate'],
  ['شعبية ', 'governorate'],
  ['إمارة ', 'governorate'],
  ['منطقة ', 'governorate'],
  ['بلدية ', 'governorate'],
  ['قضاء ', 'district'],
  ['ناحية ', 'subdistrict'],
  ['مدينة ', 'city'],
];

/** { short, long, type } — long is the label as given when it had a prefix. */
export function splitPrefix(label) {
  for (const [p, type] of PREFIXES) {
    if (label.startsWith(p) && label.length > p.length + 1) return { short: label.slice(p.length), long: label, type };
  }
  return { short: label, long: null, type: null };
}
