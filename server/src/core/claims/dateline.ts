// An article's date line («الخرطوم، 25 أغسطس –»، «كيتو –»، «غواياكيل
// (الإكوادور)، …»): the city it was filed from, which is often not where
// the story happened (a wire report from the capital, a ministry's statement
// read in another town). Its place says the article's country, never the
// area of the figures it reports: two outlets filing from two cities of one
// country about one flood are told of one event.

import type { Span } from '../types.js';

/** Does the place open the text as its date line: nothing before it, a comma or a dash after it (a country in brackets aside)? */
export function isDateline(text: string, place: Span): boolean {
  if (text.slice(0, place.start).trim() !== '') return false;
  return /^\s*(\([^()\n]{1,40}\)\s*)?[،,\-–—]/.test(text.slice(place.end, place.end + 60));
}
