#!/usr/bin/env node
// Builds server/src/core/data/gazetteer.json from licensed Debian data:
//  - libgeonames0 / libgeonames-common: GeoNames cities (CC-BY-4.0) with
//    their Arabic names (gettext catalogue keyed by geonameid, CC.admin1, CC);
//  - iso-codes: ISO 3166-1 countries with Arabic names.
// Usage: node scripts/gazetteer/build.mjs [scratch-dir]
// The hand-written regional supplement (gazetteer-supplement.json) is not
// merged here: the gazetteer loads both, so a linguist can edit it directly.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gresourceExtract, unpack } from './debian.mjs';
import { readCities } from './gvariant.mjs';
import { readMo } from './mo.mjs';
import { clean, isArabic, splitPrefix } from './names.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../server/src/core/data/gazetteer.json');
const scratch = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-gazetteer-'));

const root = unpack(['libgeonames0', 'libgeonames-common'], scratch);
const lib = fs.readdirSync(path.join(root, 'usr/lib')).flatMap((d) => {
  const p = path.join(root, 'usr/lib', d);
  return fs.statSync(p).isDirectory() ? fs.readdirSync(p).map((f) => path.join(p, f)) : [];
}).find((f) => /libgeonames\.so\.\d+\.\d+\.\d+$/.test(f));
if (!lib) throw new Error('libgeonames shared library not found in the package');
const cities = readCities(gresourceExtract(lib, '/com/lomiri/geonames/cities.compiled'));
const geoAr = readMo(path.join(root, 'usr/share/locale/ar/LC_MESSAGES/geonames.mo'));
const isoJson = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const isoAr = readMo('/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo');

const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
const rows = [];

// Population-weighted centre of the listed cities of a country or region:
// the sources give no coordinates for them, so this is an approximation.
const centres = new Map();
function addCentre(key, c) {
  const w = Math.max(c.population, 1);
  const a = centres.get(key) ?? { lat: 0, lon: 0, w: 0, pop: 0 };
  a.lat += c.lat * w; a.lon += c.lon * w; a.w += w; a.pop += c.population;
  centres.set(key, a);
}
for (const c of cities) {
  addCentre(c.countryCode, c);
  addCentre(`${c.countryCode}.${c.admin1Code}`, c);
}
const centre = (key) => {
  const a = centres.get(key);
  return a ? [round(a.lat / a.w, 2), round(a.lon / a.w, 2), a.pop] : [null, null, 0];
};

function arabicNames(labels) {
  const names = [];
  let type = null;
  for (const raw of labels) {
    if (!raw) continue;
    for (const part of raw.split('،')) {
      const label = clean(part);
      if (!label || !isArabic(label)) continue;
      const s = splitPrefix(label);
      type ??= s.type;
      for (const n of [s.short, s.long]) if (n && !names.includes(n)) names.push(n);
    }
  }
  return { names, type };
}

// countries
const countries = new Set();
for (const c of isoJson) {
  const cc = c.alpha_2;
  const { names } = arabicNames([geoAr.get(cc), isoAr.get(c.common_name ?? ''), isoAr.get(c.name), isoAr.get(c.official_name ?? '')]);
  if (!names.length) continue;
  const [lat, lon, pop] = centre(cc);
  countries.add(cc);
  rows.push([`iso3166:${cc}`, 'country', names[0], c.common_name ?? c.name, null, lat, lon, pop, names.slice(1)]);
}

// first-level divisions that hold a city (English name from the city records)
const admin1 = new Map();
for (const c of cities) admin1.set(`${c.countryCode}.${c.admin1Code}`, c.admin1Name);
for (const [key, en] of admin1) {
  const { names } = arabicNames([geoAr.get(key)]);
  const [lat, lon, pop] = centre(key);
  const cc = key.slice(0, 2);
  rows.push([`geonames:${key}`, 'governorate', names[0] ?? null, en, countries.has(cc) ? `iso3166:${cc}` : null, lat, lon, pop, names.slice(1)]);
}

// cities with an Arabic name
let kept = 0;
for (const c of cities) {
  const { names, type } = arabicNames([geoAr.get(c.id)]);
  if (!names.length) continue;
  kept++;
  const key = `${c.countryCode}.${c.admin1Code}`;
  const parent = admin1.has(key) ? `geonames:${key}` : countries.has(c.countryCode) ? `iso3166:${c.countryCode}` : null;
  const t = type === 'district' || type === 'subdistrict' ? type : 'city';
  rows.push([`geonames:${c.id}`, t, names[0], c.name, parent, round(c.lat, 4), round(c.lon, 4), c.population, names.slice(1)]);
}

// drop trailing empty variant lists to keep the file small
for (const r of rows) if (r[8].length === 0) r.length = 8;

const out = {
  about: {
    sources: [
      'GeoNames (geonames.org), CC-BY-4.0, via Debian libgeonames0 / libgeonames-common (cities.compiled, geonames.mo ar)',
      'ISO 3166-1 via Debian iso-codes (iso_3166-1.json, iso_3166-1.mo ar), LGPL-2.1+',
    ],
    built: 'node scripts/gazetteer/build.mjs',
    fields: ['id', 'type', 'ar', 'en', 'parent', 'lat', 'lon', 'population', 'variants'],
    note: 'Coordinates of countries and governorates are the population-weighted centre of their listed cities.',
  },
  entries: rows,
};
const json = '{"about":' + JSON.stringify(out.about) + ',"entries":[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]}\n';
fs.writeFileSync(OUT, json);
console.log(`gazetteer: ${rows.length} entries (${countries.size} countries, ${admin1.size} divisions, ${kept} cities) → ${path.relative(process.cwd(), OUT)} (${(json.length / 1024).toFixed(0)} KiB)`);
