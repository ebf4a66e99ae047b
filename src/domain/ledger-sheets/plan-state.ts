import { can, type Membership, type Unit, UnitTree } from "../ledger/index.ts";
import { foldKey } from "../parser/normalize.ts";
import { type Place, type Problem, type ProblemCode, problemAt } from "./cells.ts";
import {
  type ChangeLine,
  type Counts,
  emptyCounts,
  type ImportContext,
  type ImportWrites,
  type LedgerTask,
} from "./plan-types.ts";
import { resolveUnitRef, type UnitRef } from "./unit-refs.ts";

/** What planning an import builds up as it goes through the sheets: units first, then tasks, then assignments. */
export class PlanState {
  readonly problems: Problem[] = [];
  readonly changes: ChangeLine[] = [];
  readonly counts = { units: emptyCounts(), tasks: emptyCounts(), assignments: emptyCounts() };
  readonly writes: ImportWrites = {
    unitsToCreate: [],
    unitsToUpdate: [],
    tasksToCreate: [],
    tasksToUpdate: [],
    assignmentsToCreate: [],
    assignmentsToUpdate: [],
    remeasuredTaskIds: [],
  };
  readonly units: Unit[];
  /** Tasks of the ledger and of the file, as they will be after the import. */
  readonly tasks = new Map<string, LedgerTask>();
  tree: UnitTree;
  private readonly scopes: string[];
  private readonly memberships: Membership[];
  private readonly refs = new Map<string, UnitRef>();

  constructor(readonly context: ImportContext) {
    this.units = [...context.units];
    this.tree = buildTree(this.units);
    this.memberships = [...context.memberships];
    this.scopes = context.memberships.filter((m) => m.role === "admin").map((m) => m.unitId);
    for (const task of context.tasks) this.tasks.set(task.id, task);
  }

  addUnits(units: readonly Unit[]): void {
    this.units.push(...units);
    this.tree = buildTree(this.units);
    this.refs.clear();
  }

  /** The operator administers every root, the one a file creates included. */
  administerNewRoot(unitId: string): void {
    this.memberships.push({ unitId, role: "admin" });
    this.scopes.push(unitId);
  }

  get roots(): string[] {
    return this.units.filter((u) => u.parentId === null).map((u) => u.id);
  }

  /** The importer's own units: where a task without an owner column belongs when there is one. */
  get ownUnits(): readonly string[] {
    return this.scopes;
  }

  resolve(path: readonly string[]): UnitRef {
    const key = path.map(foldKey).join("/");
    let ref = this.refs.get(key);
    if (!ref) {
      ref = resolveUnitRef(this.tree, path, this.scopes, this.roots);
      this.refs.set(key, ref);
    }
    return ref;
  }

  /** The unit a cell names, or null after recording why not. */
  unitAt(place: Place, column: string, path: readonly string[]): string | null {
    const ref = this.resolve(path);
    if (ref.ok) return ref.unitId;
    const candidates = (ref.candidates ?? []).map((id) => this.labelOf(id)).join("、");
    this.problem(place, column, ref.reason, { unit: path.join("/"), candidates });
    return null;
  }

  mayManage(unitId: string): boolean {
    return can(this.memberships, "manage", unitId, this.tree).ok;
  }

  /** Records `forbidden` unless the importer manages every unit given. */
  allowed(place: Place, column: string, unitIds: readonly string[]): boolean {
    const outside = unitIds.find((id) => !this.mayManage(id));
    if (outside === undefined) return true;
    this.problem(place, column, "forbidden", { unit: this.labelOf(outside) });
    return false;
  }

  labelOf(unitId: string): string {
    const unit = this.tree.get(unitId);
    const parent = unit?.parentId ? this.tree.get(unit.parentId) : undefined;
    if (!unit) return unitId;
    return parent && parent.parentId !== null ? `${parent.name}/${unit.name}` : unit.name;
  }

  problem(
    place: Place,
    column: string | null,
    code: ProblemCode,
    args: Record<string, string | number> = {},
  ) {
    this.problems.push(problemAt(place, column, code, args));
  }

  count(entity: keyof PlanState["counts"], outcome: keyof Counts): void {
    this.counts[entity][outcome]++;
  }
}

function buildTree(units: readonly Unit[]): UnitTree {
  const built = UnitTree.build(units);
  if (!built.ok) throw new Error(`the unit tree is broken (${built.reason} at ${built.unitId})`);
  return built.tree;
}
