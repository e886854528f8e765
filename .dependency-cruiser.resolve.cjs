// The import aliases WXT defines (`@/` and `~/` for the project root), for dependency-cruiser only.
const path = require('node:path');

module.exports = {
  resolve: {
    alias: { '@': __dirname, '~': __dirname },
    extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
  },
};
