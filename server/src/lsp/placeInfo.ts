// A place's gazetteer entry for its hover: parent chain, coordinates, credit.
import type { Gazetteer } from '../core/places/gazetteer.js';
import type { Place } from '../core/types.js';
import { t } from './l10n.js';

export function placeDetails(gazetteer: Gazetteer, p: Place): string[] {
  if (!p.id) return [];
  const info = gazetteer.info(p.id);
  if (!info) return [];
  const lines: string[] = [];
  const e = info.entry;
  if (info.parents.length) lines.push(`- ${t('In')}: ${info.parents.map((x) => x.ar ?? x.en ?? x.id).join(' ← ')}`);
  if (e.lat !== null && e.lon !== null) lines.push(`- ${t('Coordinates')}: ${e.lat.toFixed(4)}, ${e.lon.toFixed(4)}`);
  const variants = e.variants.filter((v) => v !== e.ar);
  if (variants.length) lines.push(`- ${t('Also written')}: ${variants.slice(0, 6).join('، ')}`);
  lines.push(`- ${t('Source')}: ${gazetteer.credit(e)}`);
  return lines;
}
