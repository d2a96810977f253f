// The kinds of findings, declared once. Everything that shows a kind reads
// this table: the protocol's span kinds, the spans the server sends, the
// hover's heading, the status bar's counts, the client's decorations, the CLI
// report, and (through scripts/gen-kinds.ts, checked by test/unit/kinds.test.ts)
// the theme colours of package.json and the brat configuration. Pure data:
// the client imports it too.
//
// Two tables: the collections a detector fills (what an analysis holds), and
// the visible kinds (what is drawn, hovered, counted, annotated). One
// collection may show as several kinds: an attribution is a cue, a source and
// a content.

/** A theme colour's defaults (package.json `contributes.colors`); null: none in that theme. */
export interface ThemeDefaults {
  dark: string;
  light: string;
  highContrast: string | null;
  highContrastLight: string | null;
}

/** A theme colour: its defaults and what it colours (package.nls.json; Arabic in package.nls.ar.json). */
export interface ThemeColour extends ThemeDefaults {
  description: string;
}

/**
 * How the client draws a kind, with overlays only (client/src/decorations.ts):
 * mark: an underline, dotted on a faint background when detected, solid on a
 * stronger one when annotated, dashed with no background when weak;
 * underline: a thin dashed line, never a background (long spans);
 * box: a border around the span.
 */
export type DecorationStyle = 'mark' | 'underline' | 'box';

export interface FindingKind {
  /** The span kind of the protocol, and the stem of its theme colours (isnad.<kind>). */
  kind: string;
  /** The collection of the analysis that holds it (COLLECTIONS); null when the story finds it, not a detector. */
  collection: CollectionName | null;
  /** The hover's heading and the quick fixes' name of the kind (English; the server localises it). */
  label: string;
  /** The key of its list in `isnad check --json` and the heading in the text report; null: listed under another kind's. */
  json: string | null;
  style: DecorationStyle;
  /** The status bar counts its spans under this key, in this words ({0}: the count). */
  counter: { key: string; text: string; tooltip?: string } | null;
  /** Counted as an unreviewed suggestion (status bar tooltip) while not annotated. */
  unreviewed: boolean;
  /** Next / previous suggestion moves the cursor to it. */
  visit: boolean;
  /** Its brat entity type (annotation.conf, visual.conf, the .ann files); null: not annotated. */
  brat: { type: string; label: string; short?: string; background: string; glyph: string } | null;
  colours: {
    /** The underline or border: isnad.<kind>. */
    line: ThemeColour;
    /** Behind a detected span: isnad.<kind>.background. */
    background?: ThemeColour;
    /** Behind an annotated span: isnad.<kind>.annotatedBackground. */
    annotatedBackground?: ThemeColour;
    /** The line of a span whose detail is one of these: isnad.<kind>.<detail>. */
    details?: Record<string, ThemeColour>;
  };
}

/** What an analysis holds, in the order detectors fill it. `closed`: kept for an article that is not open (lsp/stories.ts). */
export const COLLECTIONS = [
  { name: 'places', closed: true },
  { name: 'figures', closed: false },
  { name: 'attributions', closed: false },
  { name: 'claims', closed: false },
  /** Findings of a kind with no model of its own (types.ts Mark): span, kind, a few facts. */
  { name: 'marks', closed: false },
  { name: 'messages', closed: false },
] as const;

export type CollectionName = (typeof COLLECTIONS)[number]['name'];

const theme = (dark: string, light: string, highContrast: string | null, highContrastLight: string | null, description: string): ThemeColour => ({ dark, light, highContrast, highContrastLight, description });

export const KINDS = [
  {
    kind: 'figure',
    collection: 'figures',
    label: 'Figure',
    json: 'figures',
    style: 'mark',
    counter: { key: 'figures', text: '{0} figures' },
    unreviewed: true,
    visit: true,
    brat: { type: 'Figure', label: 'Figure', short: 'Fig', background: '#f4b183', glyph: 'F' },
    colours: {
      line: theme('#4FC1FF', '#0451A5', '#79C0FF', '#0451A5', 'Underline of a detected figure.'),
      background: theme('#4FC1FF33', '#0451A522', null, null, 'Background of a detected, not yet annotated figure.'),
      annotatedBackground: theme('#4FC1FF55', '#0451A544', '#79C0FF55', '#0451A544', 'Background of an annotated figure.'),
      // counts stand out (they are compared); dates, ages and ordinals are muted
      details: {
        measure: theme('#9CDCFE', '#001080', '#9CDCFE', '#001080', 'Underline of a measure (distance, duration, money, percentage).'),
        age: theme('#B5CEA8', '#098658', '#B5CEA8', '#098658', 'Underline of an age.'),
        date: theme('#808080', '#6A6A6A', '#A0A0A0', '#6A6A6A', 'Underline of a date, year or clock time.'),
        ordinal: theme('#808080', '#6A6A6A', '#A0A0A0', '#6A6A6A', 'Underline of an ordinal.'),
      },
    },
  },
  {
    kind: 'place',
    collection: 'places',
    label: 'Place',
    json: 'places',
    style: 'mark',
    counter: { key: 'places', text: '{0} places' },
    unreviewed: true,
    visit: true,
    brat: { type: 'Place', label: 'Place', short: 'Pl', background: '#9dc3e6', glyph: 'P' },
    colours: {
      line: theme('#89D185', '#1E7B34', '#7EE787', '#1E7B34', 'Underline of a detected place.'),
      background: theme('#89D18533', '#1E7B3422', null, null, 'Background of a detected, not yet annotated place.'),
      annotatedBackground: theme('#89D18555', '#1E7B3444', '#7EE78755', '#1E7B3444', 'Background of an annotated place.'),
    },
  },
  {
    kind: 'cue',
    collection: 'attributions',
    label: 'Cue',
    json: 'attributions',
    style: 'mark',
    // one cue per attribution: its spans count the attributions
    counter: { key: 'attributions', text: '{0} attributions', tooltip: '{0} attributions (a source and its reporting verb)' },
    unreviewed: false,
    visit: true,
    brat: { type: 'Cue', label: 'Cue', background: '#c5e0b4', glyph: 'C' },
    colours: {
      line: theme('#D7BA7D', '#8A5A00', '#F2CC60', '#8A5A00', 'Underline of an attribution cue (a reporting verb or preposition).'),
      background: theme('#D7BA7D33', '#8A5A0022', null, null, 'Background of a detected attribution cue.'),
      annotatedBackground: theme('#D7BA7D55', '#8A5A0044', '#F2CC6055', '#8A5A0044', 'Background of an annotated attribution cue.'),
    },
  },
  {
    kind: 'source',
    collection: 'attributions',
    label: 'Source',
    json: null,
    style: 'mark',
    counter: null,
    unreviewed: false,
    visit: false,
    brat: { type: 'Source', label: 'Source', short: 'Src', background: '#ffd966', glyph: 'S' },
    colours: {
      line: theme('#C586C0', '#8B2BB9', '#D2A8FF', '#8B2BB9', 'Underline of a source.'),
      background: theme('#C586C033', '#8B2BB922', null, null, 'Background of a detected source.'),
      annotatedBackground: theme('#C586C055', '#8B2BB944', '#D2A8FF55', '#8B2BB944', 'Background of an annotated source.'),
    },
  },
  {
    kind: 'content',
    collection: 'attributions',
    label: 'Content',
    json: null,
    style: 'underline',
    counter: null,
    unreviewed: false,
    visit: false,
    brat: { type: 'Content', label: 'Content', short: 'Cnt', background: '#ededed', glyph: 'Ct' },
    colours: {
      line: theme('#C586C099', '#8B2BB999', '#D2A8FF', '#8B2BB9', 'Underline of attributed content.'),
    },
  },
  {
    kind: 'conflict',
    collection: null,
    label: 'Contradiction',
    json: null,
    style: 'box',
    counter: null,
    unreviewed: false,
    visit: false,
    brat: null,
    colours: {
      line: theme('#F48771', '#C72E0F', '#FF7B72', '#C72E0F', 'Underline of a figure that contradicts another source.'),
    },
  },
] as const satisfies readonly FindingKind[];

/** The kinds Isnad ships, by name. */
export type BuiltinKind = (typeof KINDS)[number]['kind'];
/** The status bar's count keys of the kinds Isnad ships. */
export type CounterKey = NonNullable<(typeof KINDS)[number]['counter']>['key'];

/** The row of a kind, among the kinds given (the shipped ones by default). */
export function kindOf(kind: string, kinds: readonly FindingKind[] = KINDS): FindingKind | undefined {
  return kinds.find((k) => k.kind === kind);
}

/** The shipped kinds and the ones the detectors add, each once (a detector's row replaces a shipped one of its name). */
export function withKinds(extra: readonly FindingKind[]): readonly FindingKind[] {
  if (!extra.length) return KINDS;
  const names = new Set(extra.map((k) => k.kind));
  return [...KINDS.filter((k) => !names.has(k.kind)), ...extra];
}
