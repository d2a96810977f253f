// The places detector reads proclitics through the shared lexicon engine.
export { readings, type Reading } from '../lexicon/proclitics.js';
