// The public API of the pricing library.
export * from './money.js';
export * from './tickets.js';
export * from './discounts.js';
export * from './cart.js';
export * from './tax.js';
