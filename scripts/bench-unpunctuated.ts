// Analysis time of text with no full stop (a comma list, as a pasted table or
// a long enumeration gives), 10 KB … 2 MB: linear cost shows as a constant
// time per KB. Stops at the first size over 30 s. Asserts nothing.
//   node --import tsx scripts/bench-unpunctuated.ts
import { analyse } from '../server/src/core/analyse.js';

const WORDS = ['قتل', 'ستة', 'أشخاص', 'في', 'البصرة', 'وقال', 'مصدر', 'أمني', 'إن', '12', 'مسلحا', 'هاجموا'];
const sizes = [10_000, 40_000, 160_000, 640_000, 2_000_000];
// warm up (the gazetteer's load and the first compilation are not the text's cost)
analyse('قتل ستة أشخاص في البصرة، وقال مصدر أمني', {});
console.log('\nunpunctuated text (a comma list, no full stop)   analysis (ms)   ms per 10 KB');
for (const size of sizes) {
  let s = '';
  for (let i = 0; s.length < size; i++) s += WORDS[(i * 5) % WORDS.length] + (i % 3 === 2 ? '، ' : ' ');
  const t0 = performance.now();
  analyse(s, {});
  const ms = performance.now() - t0;
  console.log(`  ${(size / 1000).toFixed(0).padStart(5)} K characters${' '.repeat(28)}${ms.toFixed(0).padStart(8)}${((ms / size) * 10_000).toFixed(1).padStart(15)}`);
  if (ms > 30_000) {
    console.log('  (stopped: over 30 s)');
    break;
  }
}
