// Runs serialiseFeed in one worker thread (parse-worker.ts), started on first use, jobs answered in order.
// A worker that dies fails its jobs and is started again for the next one; close() ends it.
import { Worker } from 'node:worker_threads';
import type { ParseAnswer } from './parse-worker.js';
import type { SerialiseInput } from './serialise.js';
import { UpstreamError } from './upstream-error.js';

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./parse-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/** The worker; run from source (tests and benches under tsx), it registers tsx first, as a thread does not inherit it. */
function newWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL);
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, execArgv: process.execArgv });
}

interface Pending {
  resolve(body: Buffer): void;
  reject(error: Error): void;
}

export class ParsePool {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  serialise(input: SerialiseInput): Promise<Buffer> {
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = newWorker();
    worker.unref(); // idle, it does not keep the process alive
    worker.on('message', (answer: ParseAnswer) => {
      const job = this.pending.get(answer.id);
      if (!job) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      if ('body' in answer) job.resolve(Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength));
      else job.reject(new UpstreamError(answer.error.code, answer.error.message));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.pending.values()) job.reject(new UpstreamError('upstream-not-a-feed', `The feed could not be read: ${error.message}`));
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the parse worker exited with ${code}`)));
    return worker;
  }
}
