// Shared by the download loaders: a table by name, as rows. (No loader extension: not served.)
import {loadCorpus} from "../../../loaders/report/corpus.ts";
import {allClaims} from "../../../loaders/report/report.ts";

export const TABLES = ["articles", "casualties", "displacement", "territory", "claims", "rejected"] as const;

export async function tableRows(name: string | undefined): Promise<Array<Record<string, unknown>>> {
  const {tables} = await loadCorpus();
  switch (name) {
    case "articles": return tables.articles.map(({warnings, ...a}) => ({...a, warnings: (warnings ?? []).join("; ")}));
    case "casualties": return tables.casualties;
    case "displacement": return tables.displacement;
    case "territory": return tables.territory;
    case "claims": return allClaims(tables) as unknown as Array<Record<string, unknown>>;
    case "rejected": return tables.rejected as unknown as Array<Record<string, unknown>>;
    default: throw new Error(`no table '${name}'`);
  }
}
