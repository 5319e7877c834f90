import { CHECK_NAMES, type CheckName, type Config } from '../core/config.js';
import { InputError } from '../core/errors.js';

/** Whether `name` is one of CHECK_NAMES (for `--check` and the action's `checks` input). */
export function isCheckName(name: string): name is CheckName {
  return (CHECK_NAMES as readonly string[]).includes(name);
}

/**
 * The checks a run runs, in the order smoke, overfit, eval: `only` (from `--check` or the
 * action's `checks` input) or else every configured one. Throws InputError when `only` names a
 * check the config does not define, naming the ones it does.
 */
export function checkOrder(config: Config, only?: readonly CheckName[]): CheckName[] {
  const configured = CHECK_NAMES.filter((name) => config.checks[name] !== undefined);
  const wanted = only ?? configured;
  for (const name of wanted) {
    if (!configured.includes(name)) {
      throw new InputError(
        `--check ${name}: trainspotter.yml defines no checks.${name}; it defines ${configured.join(', ')}.`,
      );
    }
  }
  return CHECK_NAMES.filter((n) => wanted.includes(n));
}
