export const CHROMIUM_CANDIDATES: string[];
export function chromiumPath(): string;
export const CHROMIUM_ARGS: string[];
