// Arabic verb inflection from a root and a derived form (I–X), unvocalised as
// news is written. A linguist lists a lemma as its root and form; the model
// knows the weak classes: hollow (قال، أفاد، اختار), defective (روى، دعا،
// أبدى، تبنّى، ادّعى), doubled (ردّ، أقرّ، استمرّ) and assimilated (وصف →
// يصف). Output is written with hamza and ى as the standard spelling has them;
// matching folds them only where the text does not write them (written.ts).

export type Person = 'third' | 'first';
export type Gender = 'm' | 'f' | '';

export interface Inflected {
  form: string;
  kind: 'perfect' | 'imperfect' | 'participle' | 'passive';
  gender: Gender;
  person: Person;
}

export interface VerbModel {
  /** Three root letters, hamza written ء (ق و ل → "قول"). */
  root: string;
  /** Derived form, 1 to 10 (7 and 9 are not generated). */
  form: number;
  /** Form I imperfect vowel: u (يقول، يدعو), i (يزيد، يروي), a (يخاف، يرى). Default from the root. */
  vowel?: 'u' | 'i' | 'a';
  /** Generate the passive (قيل، يقال، أفيد، يفاد): its speaker is unknown. */
  passive?: boolean;
}

const WEAK = new Set(['و', 'ي']);

interface Root {
  r1: string;
  r2: string;
  r3: string;
  cls: 'sound' | 'hollow' | 'defective' | 'doubled';
}

function parseRoot(root: string): Root {
  const letters = [...root.replace(/\s+/g, '')];
  if (letters.length !== 3) throw new Error(`verb root must have three letters: ${root}`);
  const [r1, r2, r3] = letters as [string, string, string];
  // a weak last letter makes the verb defective even when the middle one is weak too (روى)
  const cls = WEAK.has(r3) ? 'defective' : r2 === r3 ? 'doubled' : WEAK.has(r2) ? 'hollow' : 'sound';
  return { r1, r2, r3, cls };
}

/** Hamza on its seat as a word-initial or medial letter is written after the letters around it; news mostly writes أ initially. */
const seat = (s: string) => s.replace(/^أ?ءء?|^أأ/, (x) => (x.length > 1 ? 'آ' : 'أ')).replace(/اء(?=.)/, 'ائ').replace(/ء/g, 'أ');

/** VIII: the infixed ت after the first letter, assimilated as the script writes it (ادّعى، اضطر، اتّصل، ازداد). */
function infixT(r1: string): string {
  if ('دذ'.includes(r1)) return r1;
  if (r1 === 'ز') return 'زد';
  if ('صضطظ'.includes(r1)) return r1 + 'ط';
  if ('وت'.includes(r1) || r1 === 'ي') return 'ت';
  return r1 + 'ت';
}

interface Stems {
  /** Perfect before a vowel suffix (Ø ت وا ا تا) and before a consonant (ت نا تم ن). */
  pv: string;
  pc: string;
  /** Defective: the perfect 3ms (روى، دعا) and the base without its last letter (رو، دع). */
  p3?: string;
  pbase?: string;
  /** Imperfect stem without person prefix; for defective also the base before ون. */
  iv: string;
  ibase?: string;
  /** Active participle stem, before its endings. */
  part: string | null;
  /** Passive perfect 3ms and imperfect stem (when they differ in writing from the active). */
  passP?: string;
  passI?: string;
}

function stems(m: VerbModel): Stems {
  const { r1, r2, r3, cls } = parseRoot(m.root);
  const def = cls === 'defective';
  const hol = cls === 'hollow';
  const dbl = cls === 'doubled';
  // the vowel-letter a defective stem ends in: ي, except form I with و and u (يدعو)
  const v = m.vowel ?? (r2 === 'و' && hol ? 'u' : r3 === 'و' ? 'u' : 'i');
  const long = (x: 'u' | 'i' | 'a') => (x === 'u' ? 'و' : x === 'i' ? 'ي' : 'ا');
  switch (m.form) {
    case 1: {
      if (def) {
        const base = r1 + r2;
        const p3 = base + (r3 === 'و' ? 'ا' : 'ى');
        return { pv: base, pc: base + (r3 === 'و' ? 'و' : 'ي'), p3, pbase: base, iv: base + (v === 'a' ? 'ى' : long(v)), ibase: base, part: r1 + 'ا' + r2 + 'ي', passP: base + 'ي', passI: base + 'ى' };
      }
      if (hol) return { pv: r1 + 'ا' + r3, pc: r1 + r3, iv: r1 + long(v) + r3, part: r1 + 'ائ' + r3, passP: r1 + 'ي' + r3, passI: r1 + 'ا' + r3 };
      if (dbl) return { pv: r1 + r2, pc: r1 + r2 + r2, iv: r1 + r2, part: r1 + 'ا' + r2 };
      const iv = r1 === 'و' && v === 'i' ? r2 + r3 : r1 + r2 + r3;
      return { pv: r1 + r2 + r3, pc: r1 + r2 + r3, iv, part: r1 + 'ا' + r2 + r3 };
    }
    case 2: {
      // a first hamza is written on و where the stem carries it medially (يؤكد، مؤكد)
      const i1 = r1 === 'ء' ? 'ؤ' : r1;
      if (def) return { pv: r1 + r2, pc: r1 + r2 + 'ي', p3: r1 + r2 + 'ى', pbase: r1 + r2, iv: r1 + r2 + 'ي', ibase: r1 + r2, part: 'م' + r1 + r2 + 'ي' };
      return { pv: r1 + r2 + r3, pc: r1 + r2 + r3, iv: i1 + r2 + r3, part: 'م' + i1 + r2 + r3 };
    }
    case 3:
      if (def) return { pv: r1 + 'ا' + r2, pc: r1 + 'ا' + r2 + 'ي', p3: r1 + 'ا' + r2 + 'ى', pbase: r1 + 'ا' + r2, iv: r1 + 'ا' + r2 + 'ي', ibase: r1 + 'ا' + r2, part: 'م' + r1 + 'ا' + r2 + 'ي' };
      return { pv: r1 + 'ا' + r2 + r3, pc: r1 + 'ا' + r2 + r3, iv: r1 + 'ا' + r2 + r3, part: 'م' + r1 + 'ا' + r2 + r3 };
    case 4: {
      const a = 'أ';
      if (def) return { pv: a + r1 + r2, pc: a + r1 + r2 + 'ي', p3: a + r1 + r2 + 'ى', pbase: a + r1 + r2, iv: r1 + r2 + 'ي', ibase: r1 + r2, part: 'م' + r1 + r2 + 'ي', passP: a + r1 + r2 + 'ي', passI: r1 + r2 + 'ى' };
      if (hol) return { pv: a + r1 + 'ا' + r3, pc: a + r1 + r3, iv: r1 + 'ي' + r3, part: 'م' + r1 + 'ي' + r3, passP: a + r1 + 'ي' + r3, passI: r1 + 'ا' + r3 };
      if (dbl) return { pv: a + r1 + r2, pc: a + r1 + r2 + r2, iv: r1 + r2, part: 'م' + r1 + r2 };
      // the imperfect of a first-hamza form IV keeps its hamza on و (يؤكد، مؤكد)
      const i1 = r1 === 'ء' ? 'ؤ' : r1;
      return { pv: a + r1 + r2 + r3, pc: a + r1 + r2 + r3, iv: i1 + r2 + r3, part: 'م' + i1 + r2 + r3 };
    }
    case 5:
      if (def) return { pv: 'ت' + r1 + r2, pc: 'ت' + r1 + r2 + 'ي', p3: 'ت' + r1 + r2 + 'ى', pbase: 'ت' + r1 + r2, iv: 'ت' + r1 + r2 + 'ى', ibase: 'ت' + r1 + r2, part: 'مت' + r1 + r2 + 'ي' };
      return { pv: 'ت' + r1 + r2 + r3, pc: 'ت' + r1 + r2 + r3, iv: 'ت' + r1 + r2 + r3, part: 'مت' + r1 + r2 + r3 };
    case 6:
      if (def) return { pv: 'ت' + r1 + 'ا' + r2, pc: 'ت' + r1 + 'ا' + r2 + 'ي', p3: 'ت' + r1 + 'ا' + r2 + 'ى', pbase: 'ت' + r1 + 'ا' + r2, iv: 'ت' + r1 + 'ا' + r2 + 'ى', ibase: 'ت' + r1 + 'ا' + r2, part: 'مت' + r1 + 'ا' + r2 + 'ي' };
      return { pv: 'ت' + r1 + 'ا' + r2 + r3, pc: 'ت' + r1 + 'ا' + r2 + r3, iv: 'ت' + r1 + 'ا' + r2 + r3, part: 'مت' + r1 + 'ا' + r2 + r3 };
    case 8: {
      const t = infixT(r1);
      if (def) return { pv: 'ا' + t + r2, pc: 'ا' + t + r2 + 'ي', p3: 'ا' + t + r2 + 'ى', pbase: 'ا' + t + r2, iv: t + r2 + 'ي', ibase: t + r2, part: 'م' + t + r2 + 'ي' };
      if (hol) return { pv: 'ا' + t + 'ا' + r3, pc: 'ا' + t + r3, iv: t + 'ا' + r3, part: 'م' + t + 'ا' + r3, passP: 'ا' + t + 'ي' + r3 };
      if (dbl) return { pv: 'ا' + t + r2, pc: 'ا' + t + r2 + r2, iv: t + r2, part: 'م' + t + r2 };
      return { pv: 'ا' + t + r2 + r3, pc: 'ا' + t + r2 + r3, iv: t + r2 + r3, part: 'م' + t + r2 + r3 };
    }
    case 10: {
      const s = 'ست' + r1;
      if (def) return { pv: 'ا' + s + r2, pc: 'ا' + s + r2 + 'ي', p3: 'ا' + s + r2 + 'ى', pbase: 'ا' + s + r2, iv: s + r2 + 'ي', ibase: s + r2, part: 'م' + s + r2 + 'ي' };
      if (hol) return { pv: 'ا' + s + 'ا' + r3, pc: 'ا' + s + r3, iv: s + 'ي' + r3, part: 'م' + s + 'ي' + r3, passP: 'ا' + s + 'ي' + r3, passI: s + 'ا' + r3 };
      if (dbl) return { pv: 'ا' + s + r2, pc: 'ا' + s + r2 + r2, iv: s + r2, part: 'م' + s + r2 };
      return { pv: 'ا' + s + r2 + r3, pc: 'ا' + s + r2 + r3, iv: s + r2 + r3, part: 'م' + s + r2 + r3 };
    }
    default:
      throw new Error(`verb form ${m.form} is not generated (root ${m.root})`);
  }
}

// no bare masculine form: the adverbial participle is accusative (مشدداً), the bare one an adjective (مشدد، مؤكد)
const PARTICIPLE_ENDINGS: [string, Gender][] = [['ا', 'm'], ['ة', 'f'], ['ين', ''], ['ون', ''], ['ان', ''], ['تين', 'f'], ['ات', 'f'], ['تا', 'f']];
const IMPERFECT_PREFIXES: [string, Gender, Person][] = [['ي', 'm', 'third'], ['ت', 'f', 'third'], ['ن', '', 'first'], ['أ', '', 'first']];

/** Every written form of the verb, each once. */
export function inflect(m: VerbModel): Inflected[] {
  const s = stems(m);
  const out = new Map<string, Inflected>();
  const add = (form: string, kind: Inflected['kind'], gender: Gender, person: Person = 'third') => {
    const f = seat(form);
    if (!out.has(f + '|' + kind)) out.set(f + '|' + kind, { form: f, kind, gender, person });
  };
  // perfect
  if (s.p3 !== undefined) {
    add(s.p3, 'perfect', 'm');
    add(s.pbase! + 'ت', 'perfect', 'f');
    add(s.pbase! + 'تا', 'perfect', 'f');
    add(s.pbase! + 'وا', 'perfect', '');
    add(s.pc + 'ا', 'perfect', 'm');
  } else {
    add(s.pv, 'perfect', 'm');
    add(s.pv + 'ت', 'perfect', 'f');
    add(s.pv + 'تا', 'perfect', 'f');
    add(s.pv + 'وا', 'perfect', '');
    add(s.pv + 'ا', 'perfect', 'm');
  }
  add(s.pc + 'ن', 'perfect', 'f');
  add(s.pc + 'ت', 'perfect', '', 'first');
  add(s.pc + 'نا', 'perfect', '', 'first');
  add(s.pc + 'تم', 'perfect', '', 'first');
  add(s.pc + 'تما', 'perfect', '', 'first');
  // imperfect
  for (const [pre, g, person] of IMPERFECT_PREFIXES) {
    add(pre + s.iv, 'imperfect', g, person);
    const plural = s.ibase !== undefined ? s.ibase : s.iv;
    add(pre + plural + 'ون', 'imperfect', '', person);
    const dual = s.iv.endsWith('ى') ? s.iv.slice(0, -1) + 'ي' : s.iv;
    add(pre + dual + 'ان', 'imperfect', '', person);
    if (s.ibase === undefined) add(pre + s.iv + 'ين', 'imperfect', '', person);
    add(pre + (s.ibase !== undefined ? s.ibase + (s.iv.endsWith('و') ? 'و' : 'ي') : s.iv) + 'ن', 'imperfect', 'f', person);
  }
  if (s.part) for (const [e, g] of PARTICIPLE_ENDINGS) add(s.part + e, 'participle', g);
  if (m.passive) {
    add(s.passP ?? s.pv, 'passive', '');
    const pi = s.passI ?? s.iv;
    add('ي' + pi, 'passive', '');
    add('ت' + pi, 'passive', '');
  }
  return [...out.values()];
}

/**
 * The participle stem of a verb, before its endings (مصاب، مصابا، مصابين): the
 * active one (نازح، مصيب) or the passive (مقتول، مصاب، مفقود). Unvocalised,
 * a derived form's passive participle is written as its active one (معتقل،
 * مهجر), except where the weak middle letter shows (IV أصاب: مصيب / مصاب).
 */
export function participleStem(m: VerbModel, voice: 'active' | 'passive'): string | null {
  const s = stems(m);
  if (voice === 'active') return s.part ? seat(s.part) : null;
  const { r1, r2, r3, cls } = parseRoot(m.root);
  if (m.form === 1) {
    if (cls === 'defective') return seat('م' + r1 + r2 + (r3 === 'و' ? 'و' : 'ي'));
    if (cls === 'hollow') return seat('م' + r1 + r2 + r3);
    return seat('م' + r1 + r2 + 'و' + r3);
  }
  if (cls === 'hollow' && m.form === 4) return seat('م' + r1 + 'ا' + r3);
  if (cls === 'hollow' && m.form === 10) return seat('مست' + r1 + 'ا' + r3);
  return s.part ? seat(s.part) : null;
}

/**
 * The verbal nouns (masdar) of a derived form, as news names an act by its
 * noun (تشريد 120 ألفا، انتشال 22 عاملا، إجلاء 300 أسرة): II تفعيل، III مفاعلة،
 * IV إفعال، V تفعّل، VI تفاعل، VIII افتعال، X استفعال, with the weak classes
 * (IV إصابة، إجلاء، إيقاف; VIII اختيار، ادّعاء; X استقالة). Form I's nouns
 * have no pattern (قتل، مقتل، وفاة): a list names them.
 */
export function verbalNouns(m: VerbModel): string[] {
  const { r1, r2, r3, cls } = parseRoot(m.root);
  const def = cls === 'defective';
  const hol = cls === 'hollow';
  const out: string[] = [];
  switch (m.form) {
    case 2:
      out.push(def ? 'ت' + r1 + r2 + 'ية' : 'ت' + r1 + r2 + 'ي' + r3);
      break;
    case 3:
      if (!def) out.push('م' + r1 + 'ا' + r2 + r3 + 'ة');
      break;
    case 4: {
      // a first و or hamza is written ي after the kasra (إيقاف، إيمان)
      const i1 = r1 === 'و' || r1 === 'ء' ? 'ي' : r1;
      out.push(def ? 'إ' + i1 + r2 + 'اء' : hol ? 'إ' + i1 + 'ا' + r3 + 'ة' : 'إ' + i1 + r2 + 'ا' + r3);
      break;
    }
    case 5:
      out.push(def ? 'ت' + r1 + r2 + 'ي' : 'ت' + r1 + r2 + r3);
      break;
    case 6:
      out.push(def ? 'ت' + r1 + 'ا' + r2 + 'ي' : 'ت' + r1 + 'ا' + r2 + r3);
      break;
    case 8: {
      const t = infixT(r1);
      out.push(def ? 'ا' + t + r2 + 'اء' : hol ? 'ا' + t + 'يا' + r3 : 'ا' + t + r2 + 'ا' + r3);
      break;
    }
    case 10:
      out.push(def ? 'است' + r1 + r2 + 'اء' : hol ? 'است' + r1 + 'ا' + r3 + 'ة' : 'است' + r1 + r2 + 'ا' + r3);
      break;
  }
  // a final hamza after alif stands on the line (إجلاء، ادّعاء), where seat() would lift it
  return out.map((n) => (n.endsWith('اء') ? seat(n.slice(0, -2)) + 'اء' : seat(n)));
}
