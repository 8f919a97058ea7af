import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, Outcome } from './analyze-source';
import type { Source } from './inputs';

export interface Task {
  index: number;
  source: Source;
  /** Standard input, read by the main thread. */
  text?: string;
}

type Reply = { index: number; outcome: Outcome } | { index: number; error: string };

/**
 * Analyses the tasks on `jobs` worker threads (dist/worker.mjs), each taking the next input as soon as it is
 * free; `onOutcome` gets results in input order, so the output is the same as a single thread's.
 */
export function runInWorkers(
  tasks: Task[],
  jobs: number,
  setup: { worker: URL; model: string; options: AnalyzeOptions },
  onOutcome: (task: Task, outcome: Outcome) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = new Map<number, Outcome>();
    let next = 0;
    let printed = 0;
    const workers: Worker[] = [];
    const stop = (error?: Error) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (w: Worker) => {
      if (next < tasks.length) w.postMessage(tasks[next++]);
    };
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) {
      const w = new Worker(setup.worker, { workerData: { model: setup.model, options: setup.options } });
      workers.push(w);
      w.on('error', (e) => stop(e));
      w.on('message', (reply: Reply) => {
        if ('error' in reply) return stop(new Error(reply.error));
        done.set(reply.index, reply.outcome);
        while (done.has(printed)) {
          onOutcome(tasks[printed]!, done.get(printed)!);
          done.delete(printed++);
        }
        if (printed === tasks.length) stop();
        else feed(w);
      });
      feed(w);
    }
  });
}
