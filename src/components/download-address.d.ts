// Types for download-address.js (plain JavaScript, so that the pages can import it too).
export declare const DOWNLOAD_TABLES: readonly ["articles", "casualties", "displacement", "territory", "claims", "rejected"];
export declare const DOWNLOAD_FORMATS: readonly ["csv", "json"];
export declare function downloadPath(table: string, format: string): string;
export declare function downloadHref(table: string, format: string, version?: string | null, base?: string): string;
