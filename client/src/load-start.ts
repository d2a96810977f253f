// Imported first by extension.ts, so this runs before the rest of the bundle
// (the language client library above all) is evaluated: the start of module load.
export const loadStart = performance.now();
