import type { Mutator } from '@mutate/core';
import { arrowFunction } from './arrow-function.js';
import { equalityOperator } from './equality-operator.js';
import { updateOperator } from './update-operator.js';

export { arrowFunction, equalityOperator, updateOperator };

/** Every mutator, in the order they are applied to a node (the order breaks ties between equal mutants). */
export const allMutators: readonly Mutator[] = [arrowFunction, equalityOperator, updateOperator];
