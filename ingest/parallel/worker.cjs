// Entry of an extraction worker thread. A worker does not inherit the TypeScript loader of the
// thread that started it when that loader is a test runner's transform, so it registers tsx
// itself (harmless when tsx already runs the process) and loads the worker written in TypeScript.
require('tsx/cjs/api').register();
module.exports = require('./worker.ts');
