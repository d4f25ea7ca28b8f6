/**
 * Puppeteer (pulled in by @web/test-runner-puppeteer for Firefox) must never download a
 * browser: these machines have no internet, and the tests use Debian's chromium and
 * firefox-esr. Without this, a plain `npm install` fails in puppeteer's install script.
 */
module.exports = { skipDownload: true };
