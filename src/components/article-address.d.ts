// Types for article-address.js, which the build script and the tests import from TypeScript.
export declare const articleHref: (id: string, claim?: string | null, base?: string) => string;
export declare function requestedId(url: {search: string; hash?: string}): string | null;
export declare const validId: (id: unknown) => id is string;
export declare const articleDataHref: (id: string, version: string | null, base?: string) => string;
export declare function loadArticle(id: string | null, version: string | null, base?: string): Promise<{data?: any; unknown?: true; error?: string}>;
export declare function loadArticlePart(id: string, part: number, version: string | null, base?: string): Promise<{data?: any; unknown?: true; error?: string}>;
