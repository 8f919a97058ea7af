import type { TrainOptions } from './train-tagger';

/** The value after a command-line flag, or the fallback. */
export function flagValue(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/** The tagger's training options from the command line, shared by `train:vague` and its cross-validations. */
export function trainingOptions(args: readonly string[]): TrainOptions {
  return {
    bits: Number(flagValue(args, '--bits', '20')),
    epochs: Number(flagValue(args, '--epochs', '8')),
    minCount: Number(flagValue(args, '--min-count', '2')),
    seed: 20201005,
    oBias: Number(flagValue(args, '--o-bias', '0')),
  };
}
