// Where the tables are downloaded: one fixed address per table and format, written beside the site's
// other data files by the build after Framework (scripts/lib/publish-downloads.ts) and served by the
// `data/downloads/[table].{csv,json}.ts` loaders in the dev server. Not Framework file attachments: at
// 10,000 articles the downloads are 360 MB, which Framework would copy and hash on every build, and
// which the build writes while Framework works instead. No npm: imports: the build imports this too.

/** The tables a reader can download, and their formats. */
export const DOWNLOAD_TABLES = ["articles", "casualties", "displacement", "territory", "claims", "rejected"];
export const DOWNLOAD_FORMATS = ["csv", "json"];

/** The path of a download under dist/ (and under the dev server's root). */
export const downloadPath = (table, format) => `_file/data/downloads/${table}.${format}`;

/**
 * A download's address. `version` changes with the articles and the code, so a browser never hands out a
 * copy cached before a rebuild.
 */
export const downloadHref = (table, format, version, base = ".") => `${base}/${downloadPath(table, format)}${version ? `?v=${encodeURIComponent(version)}` : ""}`;
