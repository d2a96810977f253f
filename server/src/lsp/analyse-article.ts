// One way the server analyses an article, open or read from disk: with the
// server's current gazetteer, and the file name as the article's name.
import { analyse, type Analysis } from '../core/analyse.js';
import type { Gazetteer } from '../core/places/gazetteer.js';
import type { Detector } from '../core/plugins.js';
import { refuse } from '../core/text/guard.js';

/** The article's name when it has no byline: its file name without .txt. */
export function articleName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)).replace(/\.txt$/, '');
}

/** The analysis of an article's text with the gazetteer of the moment (and these detectors: the shipped ones by default). */
export function articleAnalyser(gazetteer: () => Gazetteer, detectors?: readonly Detector[]): (uri: string, text: string) => Analysis {
  return (uri, text) => analyse(text, { gazetteer: gazetteer(), article: articleName(uri), ...(detectors ? { detectors } : {}) });
}

/** The same, or null for a text that cannot be analysed at all (binary): for articles read from disk, which have no size limit here. */
export function unlessRefused(analyseArticle: (uri: string, text: string) => Analysis): (uri: string, text: string) => Analysis | null {
  return (uri, text) => (refuse(text, Infinity) ? null : analyseArticle(uri, text));
}
