import { test } from "node:test";
import assert from "node:assert/strict";
import { Gazetteer, defaultGazetteer, placeKey } from "../loaders/extract/gazetteer.ts";
import { safeCell, toCsv } from "../loaders/extract/csv.ts";

test("transliteration variants meet on one key", () => {
  assert.equal(placeKey("Kfar Abu Noura"), placeKey("Kafr Abu Nura"));
  assert.equal(placeKey("Tell el-Sheikh"), placeKey("Tel Al Shaykh"));
  assert.equal(placeKey("Ma'arrat al-Jouz"), placeKey("Maarat al Juz"));
});

test("a small gazetteer resolves variants and the loose skeleton only when unambiguous", () => {
  const g = new Gazetteer([
    { name: "Tell Abyad", variants: "Tal Abyad", kind: "town", governorate: "Raqqa", lat: "36.7", lon: "38.96", source: "test" },
    { name: "Latmin", variants: "", kind: "village", governorate: "Hama", lat: "", lon: "", source: "test" },
    { name: "Lataminah", variants: "", kind: "town", governorate: "Hama", lat: "", lon: "", source: "test" },
  ]);
  assert.equal(g.lookup("Tel Abyad")?.name, "Tell Abyad");
  assert.equal(g.lookup("Tal Abyadh")?.name, "Tell Abyad");
  assert.equal(g.lookup("Latmen"), null); // skeleton shared by two places: not guessed
});

test("the shipped gazetteer covers the region broadly with sourced coordinates", () => {
  const g = defaultGazetteer();
  assert.ok(g.places.length >= 100);
  for (const p of g.places) if (p.lat != null) assert.ok(p.source.length > 0 && p.lat > 32 && p.lat < 38 && p.lon! > 35 && p.lon! < 42, p.name);
});

test("CSV cells that could run as formulas are guarded; numbers stay numbers", () => {
  assert.equal(safeCell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
  assert.equal(safeCell("-3 dead"), "'-3 dead");
  assert.equal(safeCell(-3), -3);
  assert.equal(toCsv([{ a: "@x", b: 2 }]), "a,b\n'@x,2\n");
});
