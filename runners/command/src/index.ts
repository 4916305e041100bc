export { createTestRunner, CommandRunner } from './command-runner.js';
export { withActiveMutant, mutantIdsIn } from './mutant-header.js';
