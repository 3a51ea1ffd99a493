import type { BrowserContext, LaunchOptions } from 'playwright-core';

export const ROOT: string;
export const EXTENSION_DIR: string;

export function chromiumPath(): string;
export function builtExtension(): string;
export function launchOptions(options: {
  headless: boolean;
  locale?: string;
  extension?: string;
}): Required<Pick<LaunchOptions, 'executablePath' | 'headless' | 'args'>> &
  Pick<LaunchOptions, 'env'>;
export function readFixture(file: string): Promise<Buffer>;
export function servePage(
  context: BrowserContext,
  url: string,
  body: string | Buffer,
  contentType?: string,
): Promise<void>;
export function blockNetwork(context: BrowserContext): Promise<void>;
