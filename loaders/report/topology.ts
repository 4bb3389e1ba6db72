/**
 * A world-atlas topology cut down to a few countries: only their geometries and the arcs they use,
 * so the map ships tens of kilobytes, not the whole world.
 */
interface Geometry {
  type: string;
  id?: string;
  properties?: {name?: string};
  arcs?: unknown;
}
export interface Topology {
  type: "Topology";
  transform?: unknown;
  bbox?: unknown;
  objects: Record<string, {type: "GeometryCollection"; geometries: Geometry[]}>;
  arcs: number[][][];
}

export function pickCountries(topology: Topology, object: string, keep: (g: Geometry) => boolean): Topology {
  const geometries = topology.objects[object].geometries.filter(keep);
  const remap = new Map<number, number>();
  const arcs: number[][][] = [];
  const walk = (x: unknown): unknown => {
    if (typeof x === "number") {
      const i = x < 0 ? ~x : x;
      if (!remap.has(i)) {
        remap.set(i, arcs.length);
        arcs.push(topology.arcs[i]);
      }
      const j = remap.get(i)!;
      return x < 0 ? ~j : j;
    }
    return Array.isArray(x) ? x.map(walk) : x;
  };
  const picked = geometries.map((g) => ({...g, arcs: walk(g.arcs)}));
  return {type: "Topology", transform: topology.transform, objects: {[object]: {type: "GeometryCollection", geometries: picked}}, arcs};
}
