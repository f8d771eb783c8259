// Loads a BUILT preload in plain Node with a stand-in `electron` that records what it exposes, and prints
// "EXPOSED <json>" with each global's keys and the type of each value.
const Module = require('node:module');
const exposed = {};
const electron = {
  contextBridge: {
    exposeInMainWorld: (name, api) => {
      exposed[name] = Object.fromEntries(Object.entries(api).map(([key, value]) => [key, typeof value]));
    },
  },
  ipcRenderer: {
    invoke: async () => undefined,
    on: () => undefined,
    removeListener: () => undefined,
    send: () => undefined,
  },
};
electron.default = electron;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? __filename : resolve.call(this, request, ...rest);
};
module.exports = electron;
process.on('exit', () => process.stdout.write(`EXPOSED ${JSON.stringify(exposed)}\n`));
