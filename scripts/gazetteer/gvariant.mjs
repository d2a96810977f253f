// Reads the GVariant of libgeonames' cities.compiled, type a(sssssssudd):
// geonameid, name, admin1 code, admin1 name, country code, country name,
// timezone, population, latitude, longitude. GVariant serialisation (GLib
// reference, "GVariant Serialisation"): an array of variable-size elements
// keeps the end offset of every element in a table at its end; a structure
// keeps the ends of its variable-size members but the last in reverse order
// at its end. Strings are NUL-terminated, so we read them in sequence and
// only need the tables to find element boundaries.

function offsetSize(size) {
  if (size <= 0xff) return 1;
  if (size <= 0xffff) return 2;
  if (size <= 0xffffffff) return 4;
  return 8;
}

function readOffset(buf, at, size) {
  switch (size) {
    case 1: return buf.readUInt8(at);
    case 2: return buf.readUInt16LE(at);
    case 4: return buf.readUInt32LE(at);
    default: return Number(buf.readBigUInt64LE(at));
  }
}

const align = (n, a) => (n + a - 1) & ~(a - 1);

/** Decodes one (sssssssudd) structure held in buf[start, end). */
function readCity(buf, start, end) {
  const strings = [];
  let p = start;
  for (let k = 0; k < 7; k++) {
    const nul = buf.indexOf(0, p);
    if (nul < 0 || nul >= end) throw new Error(`bad string at ${p}`);
    strings.push(buf.toString('utf8', p, nul));
    p = nul + 1;
  }
  p = start + align(p - start, 4);
  const population = buf.readUInt32LE(p);
  p = start + align(p - start + 4, 8);
  const lat = buf.readDoubleLE(p);
  const lon = buf.readDoubleLE(p + 8);
  const [id, name, admin1Code, admin1Name, countryCode, countryName, timezone] = strings;
  return { id, name, admin1Code, admin1Name, countryCode, countryName, timezone, population, lat, lon };
}

/** All cities of a cities.compiled buffer. */
export function readCities(buf) {
  const size = buf.length;
  const os = offsetSize(size);
  const tableStart = readOffset(buf, size - os, os);
  const n = (size - tableStart) / os;
  if (!Number.isInteger(n)) throw new Error('bad GVariant array framing');
  const cities = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = readOffset(buf, tableStart + i * os, os);
    cities.push(readCity(buf, start, end));
    start = align(end, 8);
  }
  return cities;
}
