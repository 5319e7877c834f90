/**
 * Names of the key or column that says where a record sits in training, in order of preference
 * (lower case): never a metric.
 */
export const STEP_KEYS = ['step', 'global_step', 'iteration', 'iter', 'epoch'] as const;
