// Where a piece of the old text went in the new one, judged by the piece
// and its surroundings, never by distance alone: the piece with the words
// before it, or with the words after it, must occur exactly once in the new
// text (the start or end of the text counts as a surrounding). A piece whose
// own text changed, or whose surroundings are all gone, is not found.

/** How much of the old text on each side (UTF-16 units) a piece is recognised by. */
const CONTEXT = 16;

/** Positions of `needle` in `hay` (at most two: one is all we accept). */
function atMostTwo(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0 && out.length < 2; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The new UTF-16 start of old[s, e), or null when it cannot be told. `s` and
 * `e` are UTF-16 offsets of `oldTxt`.
 */
export function followByContext(oldTxt: string, newTxt: string, s: number, e: number): number | null {
  const x = oldTxt.slice(s, e);
  if (x === '') return null;
  const left = oldTxt.slice(Math.max(0, s - CONTEXT), s);
  const right = oldTxt.slice(e, e + CONTEXT);
  const atStart = s - left.length === 0;
  const atEnd = e + right.length === oldTxt.length;
  const found = new Set<number>();
  const tryNeedle = (before: string, after: string, wantStart: boolean, wantEnd: boolean): void => {
    if (wantStart && wantEnd) {
      if (newTxt === before + x + after) found.add(before.length);
      return;
    }
    if (wantStart) {
      if (newTxt.startsWith(before + x + after)) found.add(before.length);
      return;
    }
    if (wantEnd) {
      if (newTxt.endsWith(before + x + after)) found.add(newTxt.length - after.length - x.length);
      return;
    }
    const at = atMostTwo(newTxt, before + x + after);
    if (at.length === 1) found.add(at[0]! + before.length);
  };
  // a side counts only when there is something to recognise: text, or the text's start/end
  const leftUsable = left.length > 0 || atStart;
  const rightUsable = right.length > 0 || atEnd;
  if (leftUsable && rightUsable) tryNeedle(left, right, atStart, atEnd);
  if (leftUsable) tryNeedle(left, '', atStart, false);
  if (rightUsable) tryNeedle('', right, false, atEnd);
  return found.size === 1 ? [...found][0]! : null;
}
