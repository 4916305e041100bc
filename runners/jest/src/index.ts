export * from './jest-session.js';
export * from './judge-file.js';
export * from './read-jest-config.js';
export * from './resolve-jest.js';
export * from './test-files.js';
