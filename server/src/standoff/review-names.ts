// The other article's name inside a cross-article review note
// ("reviewed=NotConflicting with 002_44e38f54 T4"): a name with a space (or a
// quote) is written in double quotes, JSON-style, so the note reads back;
// a plain name stays bare, as every note written so far. The id is read as
// letters and digits: a "; reason" written after it is not part of it.

/** The name as written in a note. */
export function quoteName(name: string): string {
  return /^[^\s"]+$/.test(name) ? name : JSON.stringify(name);
}

const NOTE = /(?:^|;\s*)reviewed=(\w+) with ("(?:[^"\\]|\\.)*"|\S+) ([A-Za-z#]*\d+)/;

/** The decision, the other article's name and its figure's id, or null when the note is not a review. */
export function readReviewNote(note: string): { what: string; article: string; id: string } | null {
  const m = NOTE.exec(note);
  if (!m) return null;
  let article = m[2]!;
  if (article.startsWith('"')) {
    try {
      article = JSON.parse(article) as string;
    } catch {
      return null;
    }
  }
  return { what: m[1]!, article, id: m[3]! };
}
