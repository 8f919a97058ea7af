// A tiny test runner shared by both browsers' e2e runs: sequential tests, each under a timeout,
// one line per test, and a closing `N passed, N failed` line that scripts/test-all.mjs reads.

export class AssertionError extends Error {}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a truthy value; errors thrown by the probe count as "not yet"
 * (pages navigate, extension pages load late). Fails with `message` and the last error.
 */
export async function waitFor(probe, { timeout = 5000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError ? ` (last error: ${String(lastError.message ?? lastError).split('\n')[0]})` : '';
      throw new AssertionError(`timed out after ${timeout} ms waiting for ${message}${why}`);
    }
    await sleep(interval);
  }
}

/** `BACKSTORY_E2E_ONLY=<text>` runs only the tests whose name contains it (while working on them). */
const ONLY = process.env.BACKSTORY_E2E_ONLY;

export function createSuite(title) {
  const tests = [];
  return {
    /** @param {{ timeout?: number, skip?: string | false }} [options] skip: the reason, shown in the output */
    test(name, fn, options = {}) {
      if (ONLY && !name.includes(ONLY)) return;
      tests.push({ name, fn, timeout: options.timeout ?? 30000, skip: options.skip || '' });
    },
    async run() {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      console.log(`# ${title}`);
      for (const t of tests) {
        if (t.skip) {
          counts.skipped++;
          console.log(`skip  ${t.name} (${t.skip})`);
          continue;
        }
        const started = Date.now();
        try {
          await withTimeout(Promise.resolve().then(t.fn), t.timeout, t.name);
          counts.passed++;
          console.log(`ok    ${t.name} (${Date.now() - started} ms)`);
        } catch (error) {
          counts.failed++;
          const message = String(error?.message ?? error)
            .split('\n')
            .slice(0, 4)
            .join('\n      ');
          failures.push(`${t.name}: ${message}`);
          console.log(`FAIL  ${t.name} (${Date.now() - started} ms)\n      ${message}`);
        }
      }
      return { ...counts, failures };
    },
  };
}

/** Prints the closing lines; the last one is exactly `N passed, N failed`. */
export function report({ passed, failed, skipped }) {
  if (skipped) console.log(`(${skipped} skipped)`);
  console.log(`${passed} passed, ${failed} failed`);
}
