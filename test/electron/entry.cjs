// The Electron suite's entry: the built main (out/main/index.js), with its own user-data folder per launch
// (Electron's single-instance lock lives there, so launches in parallel do not take each other for a
// second start) and, with ESIM_COUNTER_TEST_PACKAGED=1, app.isPackaged true: Electron decides it from the
// executable's name, and a packaged build is the one place the app turns developer tools off.
const { app } = require('electron');
const { join } = require('node:path');

if (process.env.ESIM_COUNTER_TEST_USER_DATA) app.setPath('userData', process.env.ESIM_COUNTER_TEST_USER_DATA);
if (process.env.ESIM_COUNTER_TEST_PACKAGED === '1') {
  Object.defineProperty(app, 'isPackaged', { get: () => true, configurable: true });
}
require(join(__dirname, '../../out/main/index.js'));
