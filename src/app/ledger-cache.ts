import type { Repositories, TaskRow, UnitRow } from "../db/repositories/index.ts";
import { UnitTree } from "../domain/ledger/index.ts";
import { TaskIndex } from "../domain/parser/index.ts";

/**
 * The unit tree and task list, held in memory between changes: every report needs them, and
 * they change a few times a week. Writers call `invalidate()`; other processes see a change
 * within `maxAgeMs`.
 */
export class LedgerCache {
  private loaded: Promise<Snapshot> | null = null;
  private loadedAt = 0;

  constructor(
    private readonly repos: Repositories,
    private readonly maxAgeMs = 30_000,
  ) {}

  invalidate(): void {
    this.loaded = null;
  }

  snapshot(): Promise<Snapshot> {
    if (!this.loaded || Date.now() - this.loadedAt > this.maxAgeMs) {
      this.loadedAt = Date.now();
      this.loaded = Promise.all([this.repos.units.all(), this.repos.tasks.all()]).then(
        ([units, tasks]) => new Snapshot(units, tasks),
      );
      this.loaded.catch(() => {
        this.loaded = null;
      });
    }
    return this.loaded;
  }
}

export class Snapshot {
  readonly tree: UnitTree;
  readonly unitsById: ReadonlyMap<string, UnitRow>;
  readonly tasksById: ReadonlyMap<string, TaskRow>;
  private readonly indexes = new Map<string, TaskIndex>();

  constructor(
    readonly units: readonly UnitRow[],
    readonly tasks: readonly TaskRow[],
  ) {
    const built = UnitTree.build(units.map((u) => ({ ...u, kind: u.kind as never })));
    if (!built.ok) throw new Error(`the unit tree is broken (${built.reason} at ${built.unitId})`);
    this.tree = built.tree;
    this.unitsById = new Map(units.map((u) => [u.id, u]));
    this.tasksById = new Map(tasks.map((t) => [t.id, t]));
  }

  unitName(id: string | null): string | null {
    return id ? (this.unitsById.get(id)?.name ?? null) : null;
  }

  /**
   * Tasks a unit reports on: owned by the unit, an ancestor or a descendant, or assigned within
   * its subtree. A village sees the county's tasks, but not a neighbouring township's.
   */
  tasksVisibleTo(unitId: string): TaskRow[] {
    const line = new Set([...this.tree.ancestors(unitId), ...this.tree.descendants(unitId)]);
    return this.tasks.filter((t) => line.has(t.ownerUnitId) || t.assignments.some((a) => line.has(a.unitId)));
  }

  /** The parser's index of the tasks a unit sees, built once per unit. */
  taskIndexFor(unitId: string): TaskIndex {
    let index = this.indexes.get(unitId);
    if (!index) {
      index = new TaskIndex(
        this.tasksVisibleTo(unitId).map((t) => ({ id: t.id, name: t.name, aliases: t.aliases })),
      );
      this.indexes.set(unitId, index);
    }
    return index;
  }
}
