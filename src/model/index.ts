export * from './provenance.js';
export * from './diagnostic.js';
export * from './block.js';
export * from './table.js';
export * from './document.js';
export * from './grid.js';
