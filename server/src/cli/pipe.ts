// `isnad check … | head`: when the reader closes the pipe, stop quietly.
// Node reports the closed pipe as an 'error' on stdout (EPIPE); unhandled,
// that prints a stack trace after the reader has already gone.
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
