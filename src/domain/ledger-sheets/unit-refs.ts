import type { UnitTree } from "../ledger/units.ts";
import { foldKey } from "../parser/normalize.ts";

export type UnitRef =
  | { readonly ok: true; readonly unitId: string }
  | {
      readonly ok: false;
      readonly reason: "unknown-unit" | "ambiguous-unit";
      readonly candidates?: readonly string[];
    };

/**
 * The unit a cell names (团结村, or 金塔镇/团结村), looked for first within the importer's own units
 * (names repeat across a county: decisions.md, Places), then anywhere, so that a unit outside them
 * is reported as forbidden rather than unknown.
 */
export function resolveUnitRef(
  tree: UnitTree,
  path: readonly string[],
  scopes: readonly string[],
  roots: readonly string[],
): UnitRef {
  for (const within of [scopes, roots]) {
    const found = new Set<string>();
    for (const scope of within) {
      const resolved = tree.resolvePlacePath(path, scope);
      if (resolved.ok) found.add(resolved.unitId);
      else if (resolved.reason === "ambiguous") for (const c of resolved.candidates) found.add(c);
    }
    const fitting = [...found].filter((id) => outerNamesFit(tree, id, path));
    if (fitting.length === 1) return { ok: true, unitId: fitting[0] as string };
    if (fitting.length > 1) return { ok: false, reason: "ambiguous-unit", candidates: fitting };
  }
  return { ok: false, reason: "unknown-unit" };
}

/** 金塔镇/民建村 names no unit when 民建村 is under 鼎新镇: an import does not guess past a wrong path. */
function outerNamesFit(tree: UnitTree, unitId: string, path: readonly string[]): boolean {
  if (path.length < 2) return true;
  const above = tree.ancestors(unitId).map((id) => foldKey(tree.get(id)?.name ?? ""));
  return path.slice(0, -1).every((outer) => {
    const wanted = foldKey(outer);
    return above.some((name) => name === wanted || name.startsWith(wanted));
  });
}
