// Bounds on a JSON file a teammate keeps (the team gazetteer) before it is
// parsed and walked: deeper nesting than any real file has would overflow a
// recursive walk, and a huge file would stall the server.

/** Deepest nesting a team file may have (a gazetteer entry needs 3 or 4). */
export const MAX_JSON_DEPTH = 64;
/** Largest team file read, in bytes. */
export const MAX_JSON_BYTES = 32 << 20;

/** Does the nesting of [ and { (outside strings) go deeper than `max`? One linear scan. */
export function tooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
