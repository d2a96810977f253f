// Issue 15: a reviewed conflict between articles whose names contain a space
// is read back (the name is quoted in the note); bare names stay as written.
import assert from 'node:assert/strict';
import { quoteName, readReviewNote } from '../../server/src/standoff/review-names.js';
import { crossReview } from '../../server/src/standoff/from-findings.js';

describe('annotation files: article names in review notes', () => {
  for (const name of ['002_44e38f54c7dd9173', 'خبر كركوك 2016', 'a "quoted" name', 'tab\there', 'مقال']) {
    it(`reads back a note naming «${name}»`, () => {
      const note = crossReview('NotConflicting', 'T1', name, 'T4', 'same count').kind === 'note' ? (crossReview('NotConflicting', 'T1', name, 'T4', 'same count') as { text: string }).text : '';
      assert.deepEqual(readReviewNote(note), { what: 'NotConflicting', article: name, id: 'T4' });
    });
  }

  it('keeps a plain name bare, as notes written before', () => {
    assert.equal(quoteName('002_44e38f54c7dd9173'), '002_44e38f54c7dd9173');
    assert.deepEqual(readReviewNote('reviewed=Supersedes with 001_0683 T3'), { what: 'Supersedes', article: '001_0683', id: 'T3' });
    assert.equal(readReviewNote('just a note'), null);
  });
});
