// The analysis model. Plain data: no editor or protocol types here.
// Every offset is a UTF-16 index into the original text (a JavaScript string
// index), end exclusive. Conversion to code points (standoff files, CLI JSON)
// and to LSP line/character happens at the edges (text/offsets.ts).

export interface Span {
  start: number;
  end: number;
  /** Exactly text.slice(start, end) of the original document. */
  text: string;
}

// ---------------------------------------------------------------- tokens

export type TokenType =
  | 'word' // Arabic or Latin letters with their marks, tatweel and joiners
  | 'number' // digits of any script with their separators: 5,000 ١٬٠٠٠ ٣٫٥
  | 'punct' // ، ؛ ؟ . « » " ( ) …
  | 'symbol' // % ٪ & + / and anything unclassified (lone surrogates, NUL)
  | 'space' // any white space, line breaks included
  | 'url'
  | 'email'
  | 'hashtag' // #حلب_بخير
  | 'mention'; // @name

export interface Token extends Span {
  type: TokenType;
  /** Normalised form for matching (text/normalize.ts); '' for spaces. */
  norm: string;
  /** Index of the sentence that holds it (-1 for space between paragraphs). */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indices [first, last) in DocContext.tokens. */
  first: number;
  last: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Sentence indices [first, last). */
  first: number;
  last: number;
}

// ---------------------------------------------------------------- figures

export type FigureKind = 'count' | 'measure' | 'age' | 'date' | 'ordinal' | 'identifier';

export type Qualifier =
  | 'approx' // نحو، حوالي، قرابة … (±10 %)
  | 'at-least' // ما لا يقل عن، على الأقل
  | 'more-than' // أكثر من، ما يزيد على
  | 'less-than' // أقل من
  | 'at-most' // ما لا يزيد على
  | 'range' // X إلى Y، بين X و Y، X-Y
  | 'revised' // ارتفع إلى: a revised total
  | 'vague'; // عشرات، مئات، العديد

export interface CountedNoun extends Span {
  /** Normalised lemma from the lexicon, e.g. قتيل for قتيلا / قتلى / مقتل. */
  lemma: string;
}

export interface SourceRef {
  /** The source as written (or the outlet / byline for the article's voice). */
  text: string;
  type: SourceType;
  /** Speaker ← relay ← outlet, as written, speaker first. */
  chain: string[];
  /** Index into Findings.attributions, or -1 for the article's own voice. */
  attribution: number;
}

export interface Figure extends Span {
  kind: FigureKind;
  /** Exact or central value; null when only an interval is known. */
  value: number | null;
  /** Interval of possible values; max is Infinity when open. */
  min: number;
  max: number;
  qualifier: Qualifier | null;
  /** The qualifier as written, when there is one. */
  qualifierText?: string;
  /** Every qualifier, when more than one applies (نحو 5000 إلى 6000: approx and range); `qualifier` is the main one. */
  qualifiers?: Qualifier[];
  /** Normalised unit: 'km', 'years', 'hours', '%', … or null. */
  unit: string | null;
  counted: CountedNoun | null;
  /** Finer kind: 'time' for clock times, 'year', 'fraction', 'dual', … */
  detail?: string;
  /** Filled by the attribution linker. */
  source?: SourceRef;
}

// ---------------------------------------------------------------- places

export type PlaceType =
  | 'country'
  | 'governorate'
  | 'district'
  | 'subdistrict'
  | 'city'
  | 'town'
  | 'village'
  | 'neighbourhood'
  | 'region'
  | 'river'
  | 'mountain'
  | 'place'; // a place whose type nothing tells

export interface Place extends Span {
  /** Canonical Arabic name. */
  name: string;
  nameEn?: string;
  type: PlaceType;
  /** Gazetteer id, e.g. 'geonames:94787' or 'isnad:dibis'; null when unknown. */
  id: string | null;
  /** How it was found. */
  via: 'gazetteer' | 'trigger' | 'team';
}

// ---------------------------------------------------------------- attributions

export type SourceType =
  | 'person' // a named person
  | 'official' // an official or institution (ministry, police, army)
  | 'anonymous' // مصدر، مصادر أمنية
  | 'agency' // news agency or outlet
  | 'armed-group'
  | 'witness' // witness or resident
  | 'article'; // the article's own voice

/** One element of a chain of transmission as written in the text. */
export interface ChainLink {
  start: number;
  end: number;
  /** As the chain names it (للمصادر → المصادر). */
  text: string;
}

export interface Attribution {
  cue: Span & { lemma: string };
  source: Span & {
    type: SourceType;
    chain: string[];
    /** Each element of the chain where it is written (speaker first): its own offsets, for the JSON and the editor. */
    links: ChainLink[];
    /** Set when the source is elided or a pronoun: the span it resolves to. */
    resolved?: boolean;
  };
  content: { start: number; end: number };
}

// ---------------------------------------------------------------- claims and conflicts

export interface Claim {
  /** Index into Findings.figures. */
  figure: number;
  measure: string; // 'killed', 'wounded', 'killed-or-wounded', 'distance', …
  group: string; // 'police', 'security-forces', 'militants', … or '*' for anyone
  /** Event key: incident + place, normalised; '' when unknown. */
  event: string;
  min: number;
  max: number;
  source: SourceRef;
  /** 'total': the whole toll (22 شخصاً); 'part': a share of it named with بينهم / منهم. */
  role?: 'total' | 'part';
  /** A revised figure (ارتفع إلى, حصيلة جديدة): a later count, not an error. */
  update?: boolean;
  /** A revised figure its count fell or was lowered to (خفضت … عدد المفقودين إلى 15, claims/lowered-count.ts): it replaces a higher count, so a higher one elsewhere is what it revises. */
  lowered?: boolean;
  /** A count its own clause calls preliminary or superseded (حصيلة أولية، قبل أن ترتفع): a higher count is its update (claims/earlier-count.ts). */
  earlier?: boolean;
  /**
   * 'since': a cumulative total of a period that runs to now (منذ عام 2014،
   * في المجمل): compared only with other totals, never with one incident's toll.
   */
  period?: 'since';
  /** The groups of a coordination (قوات الأمن والعاملين) when group is their union. */
  members?: string[];
  /** The event's place as written, for messages. */
  place?: string;
  /** The first-level division (province) its place lies in, when the gazetteer knows it (claims/setting.ts). */
  region?: string;
  /**
   * The areas its event lies in, its own first (a town, its province, its
   * country: claims/area.ts); for a claim whose clause names no place, those of
   * the place its sentence names. Absent when nothing is known of it.
   */
  area?: string[];
  /**
   * For a figure of the whole event that has no event area (a quake's
   * magnitude): the areas of the place its clause names, its own first
   * (claims/magnitude.ts). Two sites neither inside the other are not compared.
   */
  site?: string[];
  /**
   * The nationality the counted noun's adjective names (7 حجاج مصريين:
   * nationality:مصر, claims/nationality-of-noun.ts): two claims of different
   * nationalities count different people and are not compared.
   */
  nationality?: string;
  /**
   * The group its counted noun named when that group was taken for everyone
   * its count names (70 مصليا: noun:مصل, claims/whole-group.ts); group is then '*'.
   */
  scene?: string;
  /**
   * A word its clause places it at that its article does not read as a place
   * (في أ شمالي ب، في أ بمحافظة ب: أ; أ after في where the clause names no
   * place): its readings as a place's key. Where another article of the
   * story names أ as a place, the claim is set there (story/aliases.ts).
   */
  alias?: string[];
  /** For an event at a country named with a compass word (جنوب شرق إيران): that side, N, SE … (claims/compass.ts). */
  quarter?: string;
  /** The keys of the places coordinated in its clause (من أ وب), the event's first; absent for one place. */
  places?: string[];
  /**
   * The kind of incident the figure's clause names (explosion, airstrike,
   * shelling, clashes), when it names one: two claims of different kinds are
   * not compared (story/compare.ts).
   */
  incident?: string;
  /** The devices of an explosion its clause names (car, planted, suicide: claims/device.ts); none shared, two incidents. */
  devices?: string[];
  /** Its sentence names a hazard that strikes a whole area (floods, a quake: claims/hazard.ts): its count spreads over its place. */
  spread?: boolean;
  /**
   * The country (iso3166 id) of its event: of the place its clause names, else
   * the article's own (claims/setting.ts). Claims of different countries are
   * not compared.
   */
  country?: string;
  /** The year it tells of: the latest its sentence names (claims/setting.ts); absent when the sentence names none. */
  year?: number;
  /** When its sentence names no year: the article's (its date line's, claims/setting.ts). */
  articleYear?: number;
  /** The figure with its unit as written (4 أطنان), when its key is its dimension's base unit (unit:kg: claims/unit-scale.ts). */
  written?: string;
  /** How many of the base unit one unit of its values is (4 أطنان: 1000, for kg): compared as min × scale (story/compare.ts). */
  scale?: number;
}

// ---------------------------------------------------------------- marks

/**
 * A finding of a kind that needs no model of its own: a span, its kind (a row
 * of core/kinds.ts) and a few facts. The server draws, hovers and counts it,
 * and the CLI lists it, from its kind's row alone.
 */
export interface Mark extends Span {
  kind: string;
  /** Finer kind: the hover says it, and a colour of the kind's `details` draws it. */
  detail?: string;
  /** Facts for the hover and the JSON, in order (name → value). */
  facts?: Record<string, string>;
}

/** What an analysis holds: one list per collection of core/kinds.ts (COLLECTIONS). */
export interface Findings {
  figures: Figure[];
  places: Place[];
  attributions: Attribution[];
  claims: Claim[];
  marks: Mark[];
  /** Problems of the text itself (too large, binary …), as messages. */
  messages: Message[];
}

/** A message as a detector raises it; the LSP layer turns it into a diagnostic. */
export interface Message {
  start: number;
  end: number;
  ruleId: string;
  reason: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  url?: string;
}
