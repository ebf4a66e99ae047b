import type { ChatRow } from "../db/repositories/index.ts";
import type { UnitTree } from "../domain/ledger/index.ts";

/**
 * Where a unit's news goes: the groups bound to it, else to the nearest unit above it that has
 * any (a village with no group of its own is heard in its township's).
 */
export class BoundGroups {
  private readonly byUnit = new Map<string, ChatRow[]>();

  constructor(
    groups: readonly ChatRow[],
    private readonly tree: UnitTree,
  ) {
    for (const g of groups) {
      if (g.unitId) this.byUnit.set(g.unitId, [...(this.byUnit.get(g.unitId) ?? []), g]);
    }
  }

  /** The nearest unit, this one or above, with a bound group. */
  nearestUnit(unitId: string): string | null {
    return [unitId, ...this.tree.ancestors(unitId)].find((id) => this.byUnit.has(id)) ?? null;
  }

  of(unitId: string): readonly ChatRow[] {
    return this.byUnit.get(unitId) ?? [];
  }

  nearest(unitId: string): readonly ChatRow[] {
    const unit = this.nearestUnit(unitId);
    return unit ? this.of(unit) : [];
  }
}
