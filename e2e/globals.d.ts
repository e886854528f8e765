// Code evaluated in the extension's service worker uses Chrome's own `chrome` global.
declare const chrome: typeof browser;
