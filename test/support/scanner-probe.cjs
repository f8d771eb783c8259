// A probe for the security scan's own checks, loaded with --require: it breaks Electronegativity the way
// SCANNER_PROBE says ("crash": the run throws; "silent": the run gives no result), so the test can see the
// scan fail instead of reporting "0 findings".
const Module = require('node:module');

const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === '@doyensec/electronegativity') {
    if (process.env.SCANNER_PROBE === 'crash') {
      return async () => {
        throw new Error('Could not retrieve updated translations (probe)');
      };
    }
    if (process.env.SCANNER_PROBE === 'silent') return async () => undefined;
  }
  return load.call(this, request, parent, isMain);
};
