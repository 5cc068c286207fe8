// The screening thread's entry: a worker thread does not inherit the server's TypeScript
// loader, so it registers tsx itself before loading the thread's code.
import { register } from 'tsx/esm/api';

register();
await import('./screen-thread.worker.ts');
