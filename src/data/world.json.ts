// Framework data loader: the country borders the map draws, from world-atlas (50m), cut down to the
// profile's countries or, with none, to the countries the map's box touches.
import {loadProfile} from "../../loaders/extract/profile.ts";
import {countriesTouching} from "../../loaders/report/countries.ts";
import {loadCorpus} from "../../loaders/report/corpus.ts";
import {framing} from "../../loaders/report/framing.ts";
import {mapFrame} from "../../loaders/report/geography.ts";
import {summariseTerritory} from "../../loaders/report/territory.ts";
import {worldOf} from "../../loaders/report/world.ts";

const profile = loadProfile().data.report;
let names = profile.countries;
if (!names.length) {
  const {tables} = await loadCorpus();
  const {extent} = mapFrame(loadProfile().data.report, summariseTerritory(tables.territory, tables.articles).events, undefined, framing(tables, loadProfile()).countries);
  names = extent ? countriesTouching(extent) : [];
}
process.stdout.write(JSON.stringify(worldOf(names)));
