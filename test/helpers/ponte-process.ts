import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { TEST_DATABASE_URL } from './test-server';

const ROOT = path.join(__dirname, '..', '..');

/** Ponte started as `npm start` runs it (src/index.ts), in a process of its own, with what it writes kept. */
export interface PonteProcess {
  url: string;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** A database URL that puts the connection in `schema`. */
export function schemaUrl(schema: string, base = TEST_DATABASE_URL): string {
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export function startPonteProcess(env: Record<string, string>): Promise<PonteProcess> {
  let output = '';
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const started = output.match(/GraphQL API at (http:\/\/[\d.:]+)\/graphql/);
      if (started) {
        resolve({
          url: started[1],
          child,
          output: () => output,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    void exited.then((code) => reject(new Error(`Ponte exited with ${code} before listening:\n${output}`)));
  });
}
