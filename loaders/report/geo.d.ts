// Minimal types for the d3-geo and topojson-client functions the report uses (neither ships types here).
declare module "d3-geo" {
  export function geoBounds(object: object): [[number, number], [number, number]];
  export function geoContains(object: object, point: [number, number]): boolean;
}
declare module "topojson-client" {
  export function feature(topology: object, object: object): {type: string; features: Array<{type: string; properties?: {name?: string}; geometry: unknown}>};
}
