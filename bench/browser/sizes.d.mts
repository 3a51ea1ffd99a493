export function moduleGraphBytes(dir: string, entry: string): { bytes: number; files: string[] };
export function popupEntry(dir: string): string;
export function chromeZip(outputDir: string): string;
export function measureSizes(
  extensionDir: string,
  outputDir: string,
): { contentScriptKB: number; popupKB: number; zipKB: number };
