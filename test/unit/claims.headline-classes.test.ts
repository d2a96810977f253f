// Issue 13, the classes of claims the headline pairs missed or misread
// (invented headlines, none of test/stories/headlines): a place before a
// headline's colon, counted nouns of one synonym set, a measure noun that is
// the counted phrase, a group after a toll's «بين», a place with a
// preposition after a name's head noun, fire as an incident, an event named
// with its year, a cue far before a turnout, Maghreb and Gulf verbs.
import assert from 'node:assert/strict';
import { analyse } from '../../server/src/core/analyse.js';
import type { Claim } from '../../server/src/core/types.js';

const claimAt = (text: string, figure: string): (Claim & { text: string }) | undefined => {
  const a = analyse(text);
  const c = a.claims.find((c) => text.slice(a.figures[c.figure]!.start, a.figures[c.figure]!.end) === figure);
  return c && { ...c, text: figure };
};

describe('claims: classes of headlines (issue 13, pair comparison)', () => {
  it('the place of a headline\'s topic before its colon is the clause\'s place (أ: 11 قتيلا)', () => {
    const c = claimAt('انقلاب حافلة قرب إربد: 11 قتيلا', '11');
    assert.equal(c?.place, 'إربد', JSON.stringify(c));
    assert.equal(claimAt('فيضانات مأرب: 25 مفقودا', '25')?.place, 'مأرب');
    // a time's colon is no topic; a long first clause before a colon is none either
    assert.equal(claimAt('الساعة 9 : 30 انفجار يقتل 4 أشخاص', '4')?.place, undefined);
  });

  it('a country\'s name right after the counted noun is its adjective, not the place (12 جنديا تركيا في … العراق)', () => {
    assert.equal(claimAt('مقتل 12 جنديا تركيا في هجوم شمال العراق', '12')?.place, 'العراق');
    assert.equal(claimAt('غرق 35 مهاجرا سوريا قبالة تونس', '35')?.place, 'تونس');
    assert.equal(claimAt('مقتل 12 جنديا بتركيا', '12')?.place, 'تركيا');
  });

  it('a measure noun that is itself the counted phrase counts everyone (80 حالة وفاة)', () => {
    const c = claimAt('تسجيل 80 حالة وفاة بالحمى في تشاد', '80');
    assert.deepEqual([c?.measure, c?.group], ['killed', '*']);
  });

  it('counted nouns of one synonym set are one group, by stem (محتجا = المتظاهرين), and modifiers keep groups apart', () => {
    const a = claimAt('اعتقال 30 محتجا في الخرطوم', '30');
    const b = claimAt('اعتقال 45 متظاهرا في الخرطوم', '45');
    assert.ok(a && b && a.group === b.group, JSON.stringify([a?.group, b?.group]));
    // (protesters are the people of the protest, so everyone its count names: claims/whole-group.ts; pupils are a group)
    const p = claimAt('إصابة 30 تلميذا في حادث حافلة مدرسية بالخرطوم', '30');
    const q = claimAt('إصابة 45 طالبا في حادث حافلة مدرسية بالخرطوم', '45');
    assert.ok(p && q && p.group === q.group && p.group !== '*', JSON.stringify([p?.group, q?.group]));
    const t = claimAt('مقتل 5 من الجيش التركي في إدلب', '5');
    const s = claimAt('مقتل 9 من الجيش السوري في إدلب', '9');
    assert.ok(t && s && t.group !== s.group, JSON.stringify([t?.group, s?.group]));
  });

  it('a definite noun after a toll\'s «بين» names its group; «من» after it may be where they came from', () => {
    assert.equal(claimAt('12 جريحا بين المحتجين في الخرطوم', '12')?.group, claimAt('اعتقال 30 محتجا في الخرطوم', '30')?.group);
    assert.equal(claimAt('نحو 500 نازح من البلدة في دارفور', 'نحو 500')?.group, '*');
  });

  it('a place with a preposition on it is no part of the name before it (سوق بإربد), and fire is an incident kind', () => {
    const c = claimAt('حريق في سوق بإربد يقتل 3 أشخاص', '3');
    assert.equal(c?.place, 'إربد');
    assert.equal(c?.incident, 'fire');
  });

  it('an event named with its year is that year\'s event, and its year is no count', () => {
    const text = 'ذكرى فيضانات 2011 التي أودت بحياة 70 شخصا في جدة';
    const c = claimAt(text, '70');
    const now = claimAt('مقتل 70 شخصا في فيضانات جدة', '70');
    assert.ok(c && now && c.event !== now.event, JSON.stringify([c?.event, now?.event]));
    assert.equal(c.year, 2011);
    assert.equal(claimAt(text, '2011'), undefined);
    // a magnitude of a past earthquake is not the new one's
    const old = claimAt('هزة تعيد ذكرى زلزال 1999 الذي بلغت قوته 7.1 درجات', '7.1');
    assert.ok(old && old.measure === 'magnitude' && old.event !== claimAt('زلزال بقوة 7.1 درجات', '7.1')?.event);
  });

  it('a turnout whose cue stands far before it is still a turnout', () => {
    assert.equal(claimAt('نسبة المشاركة في الانتخابات البلدية في مدينة وهران أمس بلغت 19 %', '19')?.measure, 'turnout');
  });

  it('after 3 to 10 or a round hundred the counted noun has no ending to tell it (ستة شبان، 300 متطوع); a word with a preposition on it is none', () => {
    const a = claimAt('مقتل ستة شبان في غارة على بنش', 'ستة');
    const b = claimAt('مقتل 14 شابا في غارة على بنش', '14');
    assert.ok(a && b && a.group === b.group && a.group !== '*', JSON.stringify([a?.group, b?.group]));
    assert.equal(claimAt('اختطاف 300 متطوع في دارفور', '300')?.group, claimAt('اختطاف 45 متطوعا في دارفور', '45')?.group);
    assert.equal(claimAt('مقتل 9 بقصف على دوما', '9')?.group, '*');
  });

  it('thousands spaced apart are one figure (14 500، ٣ ٠٠٠), a year before a count is not joined to it', () => {
    assert.equal(claimAt('نزوح 14 500 شخص من كسلا', '14 500')?.min, 14500);
    assert.equal(claimAt('نزوح ٣ ٠٠٠ شخص من كسلا', '٣ ٠٠٠')?.min, 3000);
    assert.equal(claimAt('في عام 2019 400 قتيل في كسلا', '400')?.min, 400);
  });

  it('a rescue is a measure of its own (ينقذ، إنقاذ)', () => {
    assert.equal(claimAt('خفر السواحل ينقذ 60 بحارا قبالة بنغازي', '60')?.measure, 'rescued');
    assert.equal(claimAt('إنقاذ 40 شخصا من الغرق في بنغازي', '40')?.measure, 'rescued');
  });

  it('Maghreb and Gulf verbs and nouns of a measure (هلاك، يوقف)', () => {
    assert.equal(claimAt('هلاك 4 أشخاص في حادثة سير بتازة', '4')?.measure, 'killed');
    assert.equal(claimAt('الدرك يوقف 9 مشتبها بهم في وهران', '9')?.measure, 'arrested');
  });
});
