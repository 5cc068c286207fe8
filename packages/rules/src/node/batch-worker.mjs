// Entry of the batch worker threads: registers the TypeScript loader (the package ships
// TypeScript source) and then loads the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./batch-worker.ts');
