// Which articles form a story: the .txt files of one folder. Opening one
// story's folder gives one story; opening a folder of stories gives one per
// subfolder. The server (lsp/stories.ts) and `isnad check` (cli/story.ts)
// both group by these functions, so they always agree. Paths are plain
// strings here (the core reads no files): '/' or '\' separate folders.

/** Is this file an article? Its name ends in .txt. */
export function isArticle(file: string): boolean {
  return file.endsWith('.txt');
}

function lastSeparator(file: string): number {
  return Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
}

/** The story an article belongs to: the folder that holds it (as path.dirname names it). */
export function storyOf(file: string): string {
  const i = lastSeparator(file);
  if (i < 0) return '.';
  // the root keeps its separator: /a.txt → /, C:\a.txt → C:\
  if (i === 0 || (i === 2 && file[1] === ':')) return file.slice(0, i + 1);
  return file.slice(0, i);
}

/** The outlet an article without a byline is credited to: its file name without .txt. */
export function outletOf(file: string): string {
  const name = file.slice(lastSeparator(file) + 1);
  return isArticle(name) && name !== '.txt' ? name.slice(0, -'.txt'.length) : name;
}

/** Articles grouped by story, stories in sorted order, articles in the order given. */
export function groupByStory<T>(articles: Iterable<T>, fileOf: (a: T) => string): Map<string, T[]> {
  const byStory = new Map<string, T[]>();
  for (const a of articles) {
    const story = storyOf(fileOf(a));
    let list = byStory.get(story);
    if (!list) byStory.set(story, (list = []));
    list.push(a);
  }
  return new Map([...byStory].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
