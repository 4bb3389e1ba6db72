// Types for claims-parts.js, which the unit tests import from TypeScript.
export interface ClaimsIndex {
  total: number;
  parts: Array<{name: string; claims: number; newest: string | null; oldest: string | null; undated: number}>;
  facets: Record<string, Array<{value: string; count: number; parts: number[]}>>;
  first: unknown[];
}
export declare const claimsPartHref: (name: string, version: string | null, base?: string) => string;
export declare function matchingParts(index: ClaimsIndex, filters?: {table?: string; source?: string; place?: string; perpetrator?: string; from?: string | null; to?: string | null}): number[];
export declare function loadClaimsPart(index: ClaimsIndex, i: number, version: string | null, base?: string): Promise<{rows?: any[]; error?: string}>;
