/** What the run shows on standard error while it works. */
export interface Progress {
  /** One more article done. */
  advance(words: number): void;
  /** A line for the reader (a skipped file), written without tearing the bar. */
  note(line: string): void;
  done(): void;
}

const WIDTH = 24;
const REDRAW_MS = 100;

/** A one-line bar, redrawn at most ten times a second; on a pipe or a file, only the notes are written. */
export function createProgress(stream: NodeJS.WriteStream, total: number, now = () => performance.now()): Progress {
  const started = now();
  let count = 0;
  let words = 0;
  let drawnAt = -Infinity;
  const live = Boolean(stream.isTTY) && total > 1;
  const clear = () => stream.write('\r\x1b[K');
  const draw = () => {
    drawnAt = now();
    const filled = Math.round((count / total) * WIDTH);
    const line =
      `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} articles · ` +
      `${words.toLocaleString('en')} words · ${((drawnAt - started) / 1000).toFixed(1)} s`;
    clear();
    stream.write(line.slice(0, Math.max(10, (stream.columns ?? 80) - 1)));
  };
  return {
    advance(n) {
      count++;
      words += n;
      if (live && (now() - drawnAt >= REDRAW_MS || count === total)) draw();
    },
    note(line) {
      if (live) clear();
      stream.write(`${line}\n`);
      if (live) draw();
    },
    done() {
      if (live) clear();
    },
  };
}
