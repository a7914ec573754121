import 'reflect-metadata';
import { startPonte } from './app/start';
import { loadConfig } from './config/config';

async function main(): Promise<void> {
  const ponte = await startPonte(loadConfig());
  const shutdown = async (signal: string) => {
    console.log(`Ponte: ${signal} received, stopping…`);
    await ponte.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error('Ponte could not start:', error);
  process.exit(1);
});
