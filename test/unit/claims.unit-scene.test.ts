// Issue 13 item 2: figures of a unit no measure list names (درجة مئوية،
// هكتار) read with what they measure and where (claims/unit-claim.ts), and a
// toll whose clause names no place set at the place its sentence names when
// the story has no place of its own (claims/area.ts, story-index). Invented
// sentences, real detectors.
import assert from 'node:assert/strict';
import { contradictionWarnings } from './story.fixture.js';

const warnings = contradictionWarnings;

const table: { why: string; docs: Record<string, string>; pairs: string[] }[] = [
  {
    why: 'two readings of the temperature in one city disagree',
    docs: { a: 'قالت دائرة الأرصاد إن درجة الحرارة في مدينة البصرة بلغت الأحد 49 درجة مئوية.', b: 'سجلت محطة الرصد في البصرة يوم الأحد درجة حرارة قصوى بلغت 46 درجة مئوية.' },
    pairs: ['a:49 b:46'],
  },
  {
    why: 'two cities\' temperatures, each set by its sentence, are apart',
    docs: { a: 'قالت مديرية الأرصاد في البصرة إن درجات الحرارة بلغت الأحد 49 درجة مئوية.', b: 'قالت مديرية الأرصاد في الموصل إن درجات الحرارة بلغت الأحد 44 درجة مئوية.' },
    pairs: [],
  },
  {
    why: 'hectares a fire consumed (أتى على، التهمت) in one town disagree',
    docs: { a: 'قال الدفاع المدني إن الحريق أتى على نحو 40 هكتارا من الأحراج في الموصل.', b: 'قال مسؤول محلي في الموصل إن النيران التهمت 120 هكتارا من الأحراج.' },
    pairs: ['a:نحو 40 هكتارا b:120 هكتارا'],
  },
  {
    why: 'the hectares of the farmland are not the hectares burnt',
    docs: { a: 'قال مسؤول إن مساحة الأراضي المزروعة في الموصل تبلغ 500 هكتار.', b: 'قال مسؤول في الموصل إن النيران أتت على 120 هكتارا من الأراضي المزروعة.' },
    pairs: [],
  },
  {
    why: 'a town the gazetteer does not know, named by both (the mayor of it, a fire in it)',
    docs: { a: 'أتت النيران على نحو 40 هكتارا من الأحراج في بلدة الزهور.', b: 'قال رئيس بلدية الزهور في قضاء تلعفر إن النيران التهمت 120 هكتارا من الأحراج.' },
    pairs: ['a:نحو 40 هكتارا b:120 هكتارا'],
  },
  {
    why: 'no story place: two hospitals\' tolls are where their sentences are, two cities apart',
    docs: { a: 'قال مدير مستشفى في البصرة إن 12 شخصا قتلوا في الانفجار.', b: 'قال مدير مستشفى في الموصل إن 20 شخصا قتلوا في الانفجار.' },
    pairs: [],
  },
];

describe('claims: unlisted units and unplaced tolls at their sentence\'s place (issue 13)', () => {
  for (const t of table) it(t.why, () => assert.deepEqual(warnings(t.docs), t.pairs));
});
