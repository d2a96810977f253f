// Where people were heading or taken (متجها إلى أ، نقلوا إلى مستشفى في أ) is
// no scene of their sentence: a toll whose clause names no place is not set
// there (claims/area.ts areaAt, claims/event.ts destination), nor is it the
// one area of an article that places none of its figures (story/own-area.ts).
// Invented sentences.
import assert from 'node:assert/strict';
import { claimAt } from './headline-pair.fixture.js';
import { contradictionWarnings as warnings } from './story.fixture.js';

describe('claims: a destination is no scene (apart-event)', () => {
  it('a boat heading to islands: the toll has no area there', () => {
    const c = claimAt('قال خفر السواحل إن 40 جثة انتشلت بعد غرق مركب كان يقل نحو 90 مهاجرا متجها إلى جزر الكناري', '40');
    assert.equal(c?.event, '');
    assert.equal(c?.area, undefined);
  });

  it('one wreck told with the islands it was heading to and without: compared', () => {
    assert.deepEqual(
      warnings({
        a: 'نواكشوط - انتشلت السلطات الموريتانية جثث 61 مهاجرا بعد انقلاب قارب قبالة مدينة نواذيبو.',
        b: 'نواذيبو (موريتانيا) - قال مصدر في خفر السواحل إن 74 جثة انتشلت بعد غرق قارب كان متجها إلى جزر الكناري.',
      }),
      ['a:61 b:74'],
    );
  });

  it('an article whose only place is where the boat was heading has no area of its own: its toll meets the story\'s', () => {
    assert.deepEqual(
      warnings({
        a: 'داكار - أعلنت البحرية انتشال 33 جثة بعد غرق مركب صيد، بحسب مسؤول.',
        b: 'قال مسؤول في البحرية إن 47 جثة انتشلت بعد غرق مركب كان متجها إلى جزر الكناري.',
      }),
      ['a:33 b:47'],
    );
  });
});
