import { childKindOf, type Unit } from "../ledger/index.ts";
import { foldKey } from "../parser/normalize.ts";
import type { PlanState } from "./plan-state.ts";
import type { UnitLine } from "./read-ledger.ts";

/**
 * Units of the file into the tree. A sheet may list villages before their township, so rows whose
 * parent is not known yet wait for a later pass; whatever is left names a parent nobody knows.
 */
export function planUnits(state: PlanState, lines: readonly UnitLine[]): void {
  const seen = new Map<string, number>();
  let pending = [...lines];
  while (pending.length > 0) {
    const waiting: UnitLine[] = [];
    const created: Unit[] = [];
    for (const line of pending) {
      const parentId = line.parentPath ? parentOf(state, line) : null;
      if (parentId === "wait") {
        waiting.push(line);
        continue;
      }
      if (parentId === "failed") continue;
      const unit = planUnit(state, line, parentId, created);
      if (unit === null) continue;
      const firstRow = seen.get(unit);
      if (firstRow !== undefined) state.problem(line.place, "unit", "duplicate-row", { first: firstRow });
      else seen.set(unit, line.place.row);
    }
    if (created.length > 0) state.addUnits(created);
    if (waiting.length === pending.length) {
      for (const line of waiting) state.unitAt(line.place, "parent", line.parentPath ?? []);
      break;
    }
    pending = waiting;
  }
}

function parentOf(state: PlanState, line: UnitLine): string | "wait" | "failed" {
  const ref = state.resolve(line.parentPath ?? []);
  if (ref.ok) return ref.unitId;
  if (ref.reason === "unknown-unit") return "wait";
  state.unitAt(line.place, "parent", line.parentPath ?? []);
  return "failed";
}

/** The unit a row means (found under its parent, or new), or null when the row cannot be taken. */
function planUnit(state: PlanState, line: UnitLine, parentId: string | null, created: Unit[]): string | null {
  const wanted = foldKey(line.name);
  const siblings = parentId === null ? state.roots : state.tree.childrenOf(parentId);
  const existing = [...siblings, ...created.filter((u) => u.parentId === parentId).map((u) => u.id)]
    .map((id) => state.tree.get(id) ?? created.find((u) => u.id === id))
    .find((u) => u !== undefined && foldKey(u.name) === wanted);
  if (existing) {
    if (line.kind === null || line.kind === existing.kind || created.includes(existing as Unit)) {
      state.count("units", "unchanged");
      return existing.id;
    }
    if (!state.allowed(line.place, "kind", [existing.id])) return null;
    state.writes.unitsToUpdate.push({ id: existing.id, kind: line.kind });
    state.changes.push({
      entity: "unit",
      action: "updated",
      name: state.labelOf(existing.id),
      fields: [{ field: "kind", before: existing.kind, after: line.kind }],
    });
    state.count("units", "updated");
    return existing.id;
  }
  if (parentId === null) {
    if (!state.context.mayCreateRoots || state.roots.length + created.length > 0) {
      state.problem(line.place, "parent", "missing-parent", { unit: line.name });
      return null;
    }
  } else if (!state.allowed(line.place, "parent", [parentId])) return null;
  const parentKind = parentId === null ? "" : (state.tree.get(parentId)?.kind ?? "");
  const unit: Unit = {
    id: state.context.newId(),
    parentId,
    name: line.name,
    kind: line.kind ?? (parentId === null ? "county" : childKindOf(parentKind)),
  };
  created.push(unit);
  if (parentId === null) state.administerNewRoot(unit.id);
  state.writes.unitsToCreate.push(unit);
  const parentName = parentId === null ? "" : state.labelOf(parentId);
  state.changes.push({
    entity: "unit",
    action: "created",
    name: parentName === "" ? unit.name : `${parentName}/${unit.name}`,
    fields: [],
  });
  state.count("units", "created");
  return unit.id;
}
