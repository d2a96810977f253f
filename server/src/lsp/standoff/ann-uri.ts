// A .ann is told from an article by its extension: both come to the server as
// ordinary text documents (the client's selector has both languages).

export function isAnnUri(uri: string): boolean {
  return /\.ann$/i.test(uri);
}
