// babel-jest compiles the TypeScript sources and tests (types stripped, enums kept) to CommonJS.
module.exports = {
  presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'],
};
