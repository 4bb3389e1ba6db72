// Reusable charts for the report. Each takes rows from the report's data and options, and returns a
// Plot figure with a title, units, a source line and an accessible description. Colours that must
// follow the theme use currentColor; dates are parsed to real Dates; counts start at zero.
import * as Plot from "npm:@observablehq/plot";
import * as d3 from "npm:d3";
import {claimHref} from "./format.js";

const fmt = d3.format(",");
export const asDate = (s) => (s ? new Date(`${String(s).slice(0, 10)}T00:00:00Z`) : null);

/** The N sources with most points keep their own colour; the rest share one ("other sources"). */
function topSources(points, n = 8) {
  const counts = d3.rollups(points, (v) => v.length, (d) => d.source).sort((a, b) => b[1] - a[1] || d3.ascending(a[0], b[0]));
  const keep = new Set(counts.slice(0, n).map(([s]) => s));
  return {keep, other: counts.length > n ? counts.length - n : 0};
}

/**
 * Each source's colour, the same on every chart and in every build: a hash of its name picks one of
 * ten colours that read on light and dark backgrounds, and a source whose colour is taken (sources
 * in name order) takes the next free one. Pass every source of the report, so charts agree.
 */
const PALETTE = ["#4269d0", "#efb118", "#ff725c", "#3ca951", "#a463f2", "#ff8ab7", "#9c6b4e", "#6cc5b0", "#97bbf5", "#9498a0"];
const hash = (s) => [...String(s)].reduce((h, ch) => (Math.imul(h, 31) + ch.codePointAt(0)) >>> 0, 7);
export function sourceColors(sources) {
  const colours = new Map();
  const taken = new Set();
  for (const s of [...new Set(sources)].sort()) {
    let i = hash(s) % PALETTE.length;
    for (let k = 0; k < PALETTE.length && taken.has(i); k++) i = (i + 1) % PALETTE.length;
    taken.add(i);
    colours.set(s, PALETTE[i]);
  }
  return colours;
}

/** Axis ticks as a newsroom writes them: 0, 500, 1.5k, 2M (never "0k"). */
export const compactNumber = (n) => (n === 0 ? "0" : d3.format("~s")(n).replace("G", "B"));

/** A time domain at least `min` days wide around the dates, so a few days do not read as hours. */
export function paddedDays(dates, min = 21) {
  const [a, b] = d3.extent(dates);
  if (!a) return undefined;
  const pad = Math.max(1, (min - (b - a) / 864e5) / 2);
  return [d3.utcDay.offset(a, -Math.ceil(pad)), d3.utcDay.offset(b, Math.ceil(pad) + 1)];
}

/** The report's period (profile or data) widened to hold every date: one time axis for the whole story. */
export function periodDomain(period, dates) {
  const all = [...dates, asDate(period?.start), asDate(period?.end)].filter(Boolean);
  return all.length ? paddedDays(all) : undefined;
}

function empty(points, what) {
  return points.length ? "" : ` No ${what} in the current articles.`;
}

export const UNCERTAINTY_NOTE = "Dots are figures as given; an arrow up marks a floor (“at least”, “more than”), an arrow down a ceiling (“up to”); a bar is a range (“about”, “nearly”, a vague word like “thousands”, or two figures).";

/**
 * Reported figures over time, coloured by reporting source (the same colour on every chart). Each
 * source's line joins figures of one series (same victims, same baseline) that are exact or bounds;
 * ranges stand alone as bars. `lines: false` for flows, which are separate events, never a total.
 * Never sums: each point is one source's figure at one date.
 */
export function seriesChart(points, {width, height = 360, title, subtitle, unit = "people", source = "Claims extracted from the articles in this report.", base = ".", compact = false, lines = true, period = null, colors = null} = {}) {
  const {keep, other} = topSources(points, compact ? 5 : 8);
  const palette = colors ?? sourceColors(points.map((d) => d.source));
  const rows = points.filter((d) => d.best != null || d.high != null).map((d) => ({
    ...d,
    Date: asDate(d.date),
    colour: keep.has(d.source) ? d.source : "other sources",
    y: d.best ?? d.low ?? d.high,
    y1: d.low ?? d.best,
    y2: d.high ?? d.best
  }));
  const max = d3.max(rows, (d) => d.y2 ?? d.y) ?? 0;
  // A step line says "this count held until the next one": only between figures of one series
  // that are not ranges, and never across a silence longer than MAX_GAP_DAYS.
  const MAX_GAP_DAYS = 120;
  const lined = !lines ? [] : d3.groups(rows.filter((d) => d.colour !== "other sources" && d.y1 === d.y2), (d) => d.series ?? d.source).flatMap(([series, v]) => {
    let segment = 0;
    return v.sort((a, b) => a.Date - b.Date).map((d, i) => {
      if (i && (d.Date - v[i - 1].Date) / 864e5 > MAX_GAP_DAYS) segment++;
      return {...d, segment: `${series}#${segment}`};
    });
  });
  const ranged = rows.filter((d) => d.y1 != null && d.y2 != null && d.y1 !== d.y2);
  const arrow = max * 0.07;
  const bounded = rows.filter((d) => d.open);
  const domain = [...keep].filter((s) => rows.some((d) => d.colour === s));
  if (other) domain.push("other sources");
  return Plot.plot({
    width,
    height: compact ? 240 : height,
    marginLeft: 60,
    marginRight: 16,
    title,
    subtitle,
    caption: `${UNCERTAINTY_NOTE} Source: ${source}${other ? ` ${other} further sources are shown in grey.` : ""}${empty(rows, "figures")}`,
    ariaLabel: title,
    ariaDescription: `${subtitle ?? ""} ${rows.length} reported figures from ${new Set(rows.map((d) => d.source)).size} sources; the highest is ${fmt(max)} ${unit}.`,
    x: {type: "utc", label: null, domain: periodDomain(period, rows.map((d) => d.Date)), ticks: Math.max(2, Math.floor(width / 110))},
    y: {grid: true, label: `${unit[0].toUpperCase()}${unit.slice(1)} (reported)`, domain: [0, max ? max * 1.12 : 10], tickFormat: compactNumber},
    color: {legend: true, domain, range: domain.map((s) => palette.get(s) ?? "#999"), unknown: "#999"},
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX(ranged, {x: "Date", y1: "y1", y2: "y2", stroke: "colour", strokeWidth: 4, strokeOpacity: 0.45}),
      Plot.line(lined, {x: "Date", y: "y", z: "segment", stroke: "colour", curve: "step-after", strokeOpacity: 0.7}),
      Plot.arrow(bounded, {x: "Date", y1: "y", y2: (d) => (d.open === "up" ? d.y + arrow : Math.max(0, d.y - arrow)), stroke: "colour", strokeWidth: 1.5, headLength: 6}),
      Plot.dot(rows, {
        x: "Date", y: "y", fill: "colour", stroke: "var(--theme-background, white)", r: compact ? 3 : 4, href: (d) => claimHref(d, base),
        symbol: (d) => (d.dated_by === "article" ? "diamond" : "circle"),
        channels: {Figure: "label", Series: "series", Quote: "quote", Dated: (d) => (d.dated_by === "article" ? "by the article's date" : "in the sentence")},
        tip: {format: {x: (d) => d3.utcFormat("%-d %B %Y")(d), y: fmt, fill: false, stroke: false, symbol: false}}
      })
    ]
  });
}

/**
 * Single-incident tolls over the report's period (each incident once), stacked by victim group: by
 * day, or by week when the period is longer than two months (a day's bar would be a hairline).
 */
export function incidentsChart(byDay, {width, title, subtitle, source = "Single-incident claims extracted from the articles.", period = null} = {}) {
  const rows = byDay.filter((d) => d.outcome === "killed").map((d) => ({...d, Date: asDate(d.date)}));
  const total = d3.sum(rows, (d) => d.best);
  const domain = periodDomain(period, rows.map((d) => d.Date));
  const weekly = domain && (domain[1] - domain[0]) / 864e5 > 62;
  title ??= `Deaths in single incidents, by ${weekly ? "week" : "day"}`;
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 50,
    title,
    subtitle,
    caption: `Source: ${source}${empty(rows, "single-incident death tolls")}`,
    ariaLabel: title,
    ariaDescription: `${rows.length} day-and-victim groups, ${fmt(total)} reported deaths in single incidents in all.`,
    x: {type: "utc", label: null, domain, ticks: Math.max(2, Math.floor(width / 110))},
    y: {grid: true, label: "Killed (people)", tickFormat: compactNumber},
    color: {legend: true},
    marks: [
      Plot.rectY(rows, Plot.binX({y: "sum"}, {x: "Date", y: "best", fill: "victims", interval: weekly ? d3.utcMonday : d3.utcDay, tip: {format: {x: (d) => d3.utcFormat("%-d %B %Y")(d)}}})),
      Plot.ruleY([0])
    ]
  });
}

/** Totals of single-incident tolls by perpetrator as reported. */
export function perpetratorChart(rows, {width, title = "Who the articles say did the killing", source = "Single-incident claims with a perpetrator."} = {}) {
  const killed = rows.filter((d) => d.outcome === "killed");
  return Plot.plot({
    width,
    height: Math.max(120, 30 * killed.length + 50),
    marginLeft: 170,
    title,
    subtitle: "People killed in single incidents, each incident once, by the perpetrator the article names",
    caption: `Source: ${source}${empty(killed, "single-incident tolls")}`,
    ariaLabel: title,
    ariaDescription: killed.map((d) => `${d.perpetrator}: ${fmt(d.best)} killed in ${d.incidents} incidents`).join("; "),
    x: {grid: true, label: "Killed (people) →"},
    y: {label: null},
    marks: [
      Plot.barX(killed, {x: "best", y: "perpetrator", fill: "currentColor", fillOpacity: 0.7, sort: {y: "-x"}, tip: true}),
      Plot.text(killed, {x: "best", y: "perpetrator", text: (d) => fmt(d.best), dx: 4, textAnchor: "start"}),
      Plot.ruleX([0])
    ]
  });
}

/** Context figures (warnings, refugee stocks, projections, population): dots by kind, never added. */
export function contextChart(points, {width, title = "Context: warnings, refugees, projections, population", source = "Claims extracted from the articles.", base = "."} = {}) {
  const rows = points.filter((d) => d.best != null).map((d) => ({...d, Date: asDate(d.date)}));
  return Plot.plot({
    width,
    height: 90 + 50 * Math.max(1, new Set(rows.map((d) => d.kind)).size),
    marginLeft: 80,
    title,
    subtitle: "Each dot is one reported figure; these are not people already displaced and are not added to displacement",
    caption: `Source: ${source}${empty(rows, "context figures")}`,
    ariaLabel: title,
    ariaDescription: `${rows.length} context figures: ${[...new Set(rows.map((d) => d.kind))].join(", ")}.`,
    x: {grid: true, label: "People (reported) →", tickFormat: compactNumber, domain: [0, (d3.max(rows, (d) => d.best) ?? 10) * 1.05]},
    y: {label: null},
    marks: [
      Plot.ruleX([0]),
      Plot.dot(rows, {x: "best", y: "kind", fill: "kind", r: 5, href: (d) => claimHref(d, base), channels: {Date: "Date", Quote: "quote", Source: "source"}, tip: {format: {fill: false, Date: (d) => d3.utcFormat("%-d %B %Y")(d)}}})
    ]
  });
}

const CLASS_LABEL = {control: "captured or entered", siege: "besieged or encircled", attack: "air strike or shelling"};

/** The map's box: the report's (profile or data), else the box around the placed events. */
function mapBox(frame, placed) {
  if (frame?.extent) return frame.extent;
  if (!placed.length) return {west: -180, south: -60, east: 180, north: 80};
  const [west, east] = d3.extent(placed, (d) => d.lon);
  const [south, north] = d3.extent(placed, (d) => d.lat);
  return {west: west - 0.5, south: south - 0.5, east: east + 0.5, north: north + 0.5};
}

/** "The thick line is the X border; the dashed line is the Y highway." from the profile's lines. */
function linesLegend(lines) {
  const say = (kind, what) => lines.filter((l) => l.kind === kind).map((l) => l.label);
  const borders = say("border"), roads = say("road");
  return [
    borders.length ? `The thick line${borders.length > 1 ? "s are" : " is"} ${borders.join(" and ")}.` : "",
    roads.length ? `The dashed line${roads.length > 1 ? "s are" : " is"} ${roads.join(" and ")}.` : ""
  ].filter(Boolean).join(" ");
}

/**
 * The front on a map: country borders (world-atlas), the profile's borders drawn heavier and its
 * roads dashed through their gazetteer places, captures coloured by date, sieges as rings, strikes
 * as crosses. The box is the profile's, else the one around the places the articles name.
 */
export function frontMap(world, events, frame, {width, topojson, title = "Where the front moved", region = "", base = ".", compact = false} = {}) {
  const countries = topojson.feature(world, world.objects.countries);
  const name = (g) => g.properties?.name;
  const lines = frame?.lines ?? [];
  const borders = lines.filter((l) => l.kind === "border" && l.between).map((l) => topojson.mesh(world, world.objects.countries, (a, b) => a !== b && new Set([name(a), name(b)]).has(l.between[0]) && new Set([name(a), name(b)]).has(l.between[1])));
  const roads = lines.filter((l) => l.kind === "road" && l.points.length >= 2);
  const placed = events.filter((d) => d.lat != null && d.lon != null);
  const box = mapBox(frame, placed);
  const inBox = (d) => d.lon >= box.west && d.lon <= box.east && d.lat >= box.south && d.lat <= box.north;
  const shown = placed.filter(inBox).map((d) => ({...d, Date: asDate(d.date)}));
  const outside = placed.length - shown.length;
  const captures = shown.filter((d) => d.class === "control");
  const sieges = shown.filter((d) => d.class === "siege");
  const attacks = shown.filter((d) => d.class === "attack");
  const firstCapture = d3.groups(captures, (d) => d.place).map(([, v]) => v[0]);
  // Places a few kilometres apart share one label ("Morek, Kafr Zita"); captured towns are not labelled twice.
  const captureLabels = d3.groups(firstCapture, (d) => `${Math.round(d.lat * 25)}|${Math.round(d.lon * 25)}`).map(([, v]) => ({...v[0], label: v.map((d) => d.place).join(", ")}));
  const captured = new Set(firstCapture.map((d) => d.place));
  const towns = (frame?.landmarks ?? []).filter((d) => inBox(d) && !captured.has(d.name));
  // Country names: the profile's labels, else each country's name at its centre when that lies in the box.
  const labels = frame?.labels?.length ? frame.labels : countries.features.map((f) => {
    const [lon, lat] = d3.geoCentroid(f);
    return {text: String(name(f) ?? "").toUpperCase(), lon, lat};
  }).filter(inBox);
  const domain = {type: "MultiPoint", coordinates: [[box.west, box.south], [box.east, box.north]]};
  const tipFormat = {format: {x: false, y: false, Date: (d) => (d ? d3.utcFormat("%-d %B %Y")(d) : "undated"), fill: false}};
  const events3 = {Place: "place", Action: "action", Date: "Date", Quote: "quote"};
  return Plot.plot({
    width,
    height: compact ? Math.min(360, width) : Math.min(620, Math.round(width * 1.0)),
    title,
    subtitle: `Captures coloured by date; rings are sieges, crosses are air strikes and shelling. ${linesLegend(lines)}`.trim(),
    caption: `Source: territorial claims in the articles; places from the project's gazetteer; borders from world-atlas (Natural Earth 1:50m).${{places: " The map is framed on the places the articles name.", country: " No place could be put on the map; it shows the country the articles name."}[frame?.basis] ?? ""}${outside ? ` ${outside} events outside this area are listed in the table below.` : ""}${empty(placed, "placed events")}`,
    ariaLabel: title,
    ariaDescription: `Map${region ? ` of ${region}` : ""}. ${firstCapture.length} places reported captured: ${firstCapture.map((d) => `${d.place} (${d.date ?? "undated"})`).join(", ")}. ${sieges.length} sieges and ${attacks.length} strikes reported.`,
    projection: {type: "mercator", domain},
    color: {type: "utc", legend: true, label: "Date reported captured", scheme: "viridis", ticks: width < 500 ? 3 : 6, tickFormat: (d) => d3.utcFormat(d.getUTCMonth() === 0 ? "%b %Y" : "%b")(d)},
    marks: [
      Plot.geo(countries, {fill: "currentColor", fillOpacity: 0.05, stroke: "currentColor", strokeOpacity: 0.25, clip: "frame"}),
      ...borders.map((b) => Plot.geo(b, {stroke: "currentColor", strokeWidth: 2.5, clip: "frame"})),
      ...roads.flatMap((r) => [
        Plot.line(r.points, {x: "lon", y: "lat", stroke: "currentColor", strokeDasharray: "5,3", strokeOpacity: 0.7, clip: "frame"}),
        // The road's name halfway along its last leg, clear of the town labels.
        Plot.text([{lon: (r.points.at(-1).lon + r.points.at(-2).lon) / 2, lat: (r.points.at(-1).lat + r.points.at(-2).lat) / 2}], {x: "lon", y: "lat", text: () => r.name, dx: 12, fontWeight: "bold", fillOpacity: 0.7})
      ]),
      Plot.dot(towns, {x: "lon", y: "lat", symbol: "square", r: 3, fill: "currentColor", fillOpacity: 0.6}),
      Plot.text(towns, {x: "lon", y: "lat", text: "name", dx: -6, textAnchor: "end", fontWeight: "bold", fillOpacity: 0.7}),
      Plot.text(labels, {x: "lon", y: "lat", text: "text", fontWeight: "bold", fillOpacity: 0.5}),
      Plot.dot(attacks, {x: "lon", y: "lat", symbol: "times", stroke: "#d62728", r: 5, href: (d) => claimHref(d, base), channels: events3, tip: tipFormat}),
      Plot.dot(sieges, {x: "lon", y: "lat", r: 9, stroke: "#ff7f0e", strokeWidth: 2, href: (d) => claimHref(d, base), channels: events3, tip: tipFormat}),
      // A ring in the text colour keeps the earliest (darkest) captures visible on a dark background.
      Plot.dot(captures, {x: "lon", y: "lat", fill: "Date", stroke: "currentColor", strokeWidth: 1, r: 6, href: (d) => claimHref(d, base), channels: events3, tip: tipFormat}),
      ...(captureLabels.length <= 30 ? [true, false].map((right) => {
        // A label goes left of its dot when another captured place lies just east of it.
        const crowded = (d) => captureLabels.some((o) => o !== d && o.lon > d.lon && o.lon - d.lon < 0.15 && Math.abs(o.lat - d.lat) < 0.04);
        return Plot.text(captureLabels.filter((d) => crowded(d) !== right), {x: "lon", y: "lat", text: "label", dx: right ? 9 : -9, textAnchor: right ? "start" : "end", stroke: "var(--theme-background, white)", strokeWidth: 3, fill: "currentColor", paintOrder: "stroke"});
      }) : [])
    ]
  });
}

function timelineLabels(rows, key = "lat") {
  // Places captured the same day within ~5 km share one label.
  // Greedy, not rounded to a grid, so two places either side of a grid line still share a label.
  const clusters = [];
  for (const d of d3.sort(rows, (d) => d.date, (d) => d[key])) {
    const last = clusters.at(-1);
    // Names of one cluster go one per line, so a long cluster does not run across the axis.
    if (last && last.date === d.date && d[key] - last.top < 0.05) Object.assign(last, {label: `${last.label},\n${d.place}`, top: d[key]});
    else clusters.push({...d, label: d.place, top: d[key]});
  }
  const [a, b] = d3.extent(rows, (d) => d.Date);
  const mid = a && b ? +a + (b - a) * 0.6 : 0;
  const style = {x: "Date", y: key, text: "label", fontSize: 10, stroke: "var(--theme-background, white)", strokeWidth: 3, fill: "currentColor", paintOrder: "stroke"};
  return [
    Plot.text(clusters.filter((d) => +d.Date <= mid), {...style, dx: 8, textAnchor: "start"}),
    Plot.text(clusters.filter((d) => +d.Date > mid), {...style, dx: -8, textAnchor: "end"})
  ];
}

/**
 * Which way the captures moved: the coordinate (latitude or longitude) that changes most steadily
 * with the date, and its direction, or null when they did not move one way (|r| < 0.5, or fewer than 3).
 */
export function frontDirection(rows) {
  if (rows.length < 3) return null;
  const r = (key) => {
    const x = rows.map((d) => +d.Date), y = rows.map((d) => d[key]);
    const [mx, my] = [d3.mean(x), d3.mean(y)];
    const cov = d3.sum(x, (v, i) => (v - mx) * (y[i] - my));
    const sd = Math.sqrt(d3.sum(x, (v) => (v - mx) ** 2) * d3.sum(y, (v) => (v - my) ** 2));
    return sd ? cov / sd : 0;
  };
  const [lat, lon] = [r("lat"), r("lon")];
  const [key, v] = Math.abs(lat) >= Math.abs(lon) ? ["lat", lat] : ["lon", lon];
  if (Math.abs(v) < 0.5) return null;
  return {key, word: key === "lat" ? (v > 0 ? "north" : "south") : v > 0 ? "east" : "west"};
}

/**
 * Captures: date against the coordinate the front moved along, so a front moving north reads as
 * dots climbing to the right. The profile's axis line (a highway) gives the faint reference towns.
 */
export function captureTimeline(captures, lines = [], {width, title, base = ".", compact = false, period = null} = {}) {
  const rows = captures.filter((d) => d.lat != null && d.date).map((d) => ({...d, Date: asDate(d.date)}));
  const dir = frontDirection(rows);
  const key = dir?.key ?? "lat";
  const axisLine = lines.find((l) => l.axis && l.kind === "road");
  const values = rows.map((d) => d[key]);
  const height = compact ? 240 : 340;
  const near = (axisLine?.points ?? []).filter((p) => !values.length || (p[key] >= d3.min(values) - 0.15 && p[key] <= d3.max(values) + 0.15));
  // Reference towns at least 13 px apart on the axis, so their names do not overlap.
  const span = (d3.max([...values, ...near.map((p) => p[key])]) - d3.min([...values, ...near.map((p) => p[key])])) || 1;
  const gap = (13 / (height - 60)) * span;
  const landmarks = d3.sort(near, (p) => p[key]).filter(function (p) {
    if (this.last != null && p[key] - this.last < gap) return false;
    this.last = p[key];
    return true;
  }, {last: null});
  title ??= dir ? `The front moved ${dir.word}${axisLine ? ` along the ${axisLine.name}` : ""}` : "Places reported captured, by date";
  const axisLabel = key === "lat" ? "Latitude (°N) ↑ north" : "Longitude (°E) ↑ east";
  return Plot.plot({
    width,
    height,
    marginRight: landmarks.length ? 110 : 20,
    insetRight: 10,
    title,
    subtitle: `Places reported captured, by date and by how far ${key === "lat" ? "north" : "east"} they lie`,
    caption: `Source: territorial claims in the articles; coordinates from the project's gazetteer.${landmarks.length ? ` Faint lines mark towns on ${axisLine.label}.` : ""}${empty(rows, "dated captures")}`,
    ariaLabel: title,
    ariaDescription: rows.map((d) => `${d.place} reported captured ${d.date} at ${d[key].toFixed(2)}°${key === "lat" ? "N" : "E"}`).join("; ") || "No dated captures.",
    x: {type: "utc", label: null, domain: periodDomain(period, rows.map((d) => d.Date)), ticks: Math.max(2, Math.floor(width / 110))},
    // One place (or places at one latitude) still gets an axis half a degree either side.
    y: {label: axisLabel, grid: false, nice: true, domain: d3.min(values) === d3.max(values) && values.length ? [values[0] - 0.5, values[0] + 0.5] : undefined},
    marks: [
      Plot.ruleY(landmarks, {y: key, strokeOpacity: 0.12}),
      Plot.text(landmarks, {y: key, text: "name", frameAnchor: "right", textAnchor: "start", dx: 6, fillOpacity: 0.6}),
      Plot.dot(rows, {x: "Date", y: key, fill: "currentColor", r: 5, href: (d) => claimHref(d, base), channels: {Place: "place", Quote: "quote"}, tip: {format: {x: (d) => d3.utcFormat("%-d %B %Y")(d)}}}),
      ...(rows.length <= 40 ? timelineLabels(rows, key) : [])
    ]
  });
}

/**
 * The whole story on one time axis: a lane each for reported death tolls, displacement figures and
 * captures, from the first to the last date of the report's period. Each dot is one reported figure
 * or capture (the tip gives it); the key captures are named. Figures are not drawn to scale here:
 * the charts below do that, per source.
 */
export function storyChart({tolls = [], displaced = [], captures = []}, {width, period = null, colors = null, base = "."} = {}) {
  const lane = (rows, name, figure) => rows.filter((d) => d.date).map((d) => ({...d, Date: asDate(d.date), lane: name, figure: figure(d)}));
  const rows = [
    ...lane(tolls, "Deaths reported", (d) => `${d.label} ${d.victims ?? ""} killed`),
    ...lane(displaced, "Displaced reported", (d) => `${d.label} displaced`),
    ...lane(captures, "Places captured", (d) => `${d.place} captured`)
  ];
  const domain = periodDomain(period, rows.map((d) => d.Date));
  const caps = rows.filter((d) => d.lane === "Places captured");
  // Name captures left to right while their labels (about 6 px a character, centred) do not touch;
  // the last capture is always named, in place of the one before it if they would touch.
  const pxPerMs = domain ? (width - 150) / (domain[1] - domain[0]) : 0;
  const extent = (d) => {
    const half = (d.place.length * 6) / 2 + 4;
    return [+d.Date * pxPerMs - half, +d.Date * pxPerMs + half];
  };
  const named = [];
  for (const d of d3.sort(caps, (d) => d.Date)) {
    const last = named.at(-1);
    if (!last || extent(d)[0] > extent(last)[1]) named.push(d);
    else if (d === d3.greatest(caps, (c) => c.Date)) named.splice(-1, 1, d);
  }
  if (named.length >= 2 && extent(named.at(-1))[0] <= extent(named.at(-2))[1]) named.splice(-2, 1);
  const palette = colors ?? sourceColors(rows.map((d) => d.source).filter(Boolean));
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 130,
    title: "The story over time",
    subtitle: "When the articles report deaths, displacement and captures, over the report's whole period",
    caption: `Each dot is one reported figure or capture; hover for it. Dots are not to scale: the charts below draw each source's figures. Source: claims extracted from the articles in this report.${empty(rows, "dated figures")}`,
    ariaLabel: "The story over time",
    ariaDescription: `${rows.filter((d) => d.lane === "Deaths reported").length} death tolls, ${rows.filter((d) => d.lane === "Displaced reported").length} displacement figures and ${caps.length} captures reported between ${domain ? d3.utcFormat("%B %Y")(domain[0]) : "—"} and ${domain ? d3.utcFormat("%B %Y")(domain[1]) : "—"}.`,
    x: {type: "utc", label: null, domain, ticks: Math.max(2, Math.floor(width / 110))},
    y: {label: null, domain: ["Deaths reported", "Displaced reported", "Places captured"]},
    marks: [
      Plot.ruleY(["Deaths reported", "Displaced reported", "Places captured"], {strokeOpacity: 0.15}),
      Plot.dot(rows, {
        x: "Date", y: "lane", r: 4, fill: (d) => (d.lane === "Places captured" ? "currentColor" : palette.get(d.source) ?? "#999"), fillOpacity: 0.85,
        stroke: "var(--theme-background, white)", href: (d) => claimHref(d, base), channels: {Figure: "figure", Source: "source"},
        tip: {format: {x: (d) => d3.utcFormat("%-d %B %Y")(d), y: false, fill: false}}
      }),
      Plot.text(named, {x: "Date", y: "lane", text: "place", dy: -9, fontSize: 10, lineAnchor: "bottom", stroke: "var(--theme-background, white)", strokeWidth: 3, fill: "currentColor", paintOrder: "stroke"})
    ]
  });
}
