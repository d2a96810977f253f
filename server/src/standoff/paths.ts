// NAME.ann lives beside NAME.txt (brat's layout). Works on paths and URIs.

export function annotationPathFor(textPath: string): string {
  return textPath.replace(/\.txt$/i, '') + '.ann';
}

export function textPathFor(annPath: string): string {
  return annPath.replace(/\.ann$/i, '') + '.txt';
}
