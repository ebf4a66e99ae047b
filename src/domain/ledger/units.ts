import { foldKey } from "../parser/normalize.ts";

/**
 * The administrative tree: any depth under one root (a county now, a province later), with
 * departments hanging off the unit they serve. Names repeat across it (many counties have a
 * 团结村), so a name only means something within a part of the tree.
 */

export type UnitKind = "province" | "city" | "county" | "township" | "village" | "group" | "department";

const CHILD_KIND: Readonly<Record<string, UnitKind>> = {
  province: "city",
  city: "county",
  county: "township",
  township: "village",
  village: "group",
};

/** The kind a new unit under one of `parentKind` usually is (a township's unit is a village). */
export function childKindOf(parentKind: string): UnitKind {
  return CHILD_KIND[parentKind] ?? "department";
}

export interface Unit {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  /** One of UnitKind, or whatever the sheet says (街道, 社区 …). */
  readonly kind: UnitKind | (string & {});
}

export type PlaceResolution =
  | { readonly ok: true; readonly unitId: string }
  | { readonly ok: false; readonly reason: "none" }
  | { readonly ok: false; readonly reason: "ambiguous"; readonly candidates: readonly string[] };

export type UnitTreeProblem = {
  readonly reason: "duplicate-id" | "unknown-parent" | "cycle";
  readonly unitId: string;
};

/**
 * Suffixes of administrative names, each with the class it belongs to, so that 民建村委会 finds 民建村
 * and 团结 alone finds 团结村 when it is the only one. Longest first.
 */
// biome-ignore format: a table reads better in rows
const SUFFIX_TABLE: ReadonlyArray<readonly [string, string]> = [
  ["村民委员会", "村"], ["街道办事处", "街道"], ["社区居委会", "社区"], ["村民小组", "组"],
  ["自治区", "自治区"], ["自治州", "自治州"], ["自治县", "自治县"], ["自治旗", "自治旗"],
  ["村委会", "村"], ["居委会", "社区"], ["街道办", "街道"], ["街道", "街道"], ["社区", "社区"],
  ["省", "省"], ["市", "市"], ["州", "州"], ["盟", "盟"], ["县", "县"], ["旗", "旗"], ["区", "区"],
  ["镇", "镇"], ["乡", "乡"], ["村", "村"], ["组", "组"],
  [" village", "村"], [" town", "镇"], [" township", "乡"], [" county", "县"], [" district", "区"],
  [" community", "社区"], [" group", "组"],
];
const SUFFIXES = [...SUFFIX_TABLE].sort((a, b) => b[0].length - a[0].length);

/** A stem of one character (金村 → 金) would match too much of what people write. */
const MIN_STEM = 2;

interface NameKey {
  readonly stem: string;
  /** The suffix class, or "" when the name has no known suffix. */
  readonly suffix: string;
}

function nameKey(name: string): NameKey {
  const key = foldKey(name);
  for (const [suffix, cls] of SUFFIXES) {
    if (key.endsWith(suffix) && key.length - suffix.length >= MIN_STEM) {
      return { stem: key.slice(0, -suffix.length).trim(), suffix: cls };
    }
  }
  return { stem: key, suffix: "" };
}

export class UnitTree {
  readonly #units: ReadonlyMap<string, Unit>;
  readonly #children: ReadonlyMap<string, readonly string[]>;
  /** Units by folded full name and by stem: lookups stay cheap on a province's hundred thousand units. */
  readonly #byName: ReadonlyMap<string, readonly string[]>;
  readonly #byStem: ReadonlyMap<string, readonly string[]>;
  readonly #keys: ReadonlyMap<string, NameKey & { readonly full: string }>;
  /** Sheet references, worked out once each: an export names the same units thousands of times. */
  readonly #references = new Map<string, string>();

  private constructor(units: readonly Unit[]) {
    const byId = new Map<string, Unit>();
    const children = new Map<string, string[]>();
    const byName = new Map<string, string[]>();
    const byStem = new Map<string, string[]>();
    const keys = new Map<string, NameKey & { full: string }>();
    const push = (map: Map<string, string[]>, key: string, id: string) => {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    };
    for (const unit of units) {
      byId.set(unit.id, unit);
      if (unit.parentId !== null) push(children, unit.parentId, unit.id);
      const key = { ...nameKey(unit.name), full: foldKey(unit.name) };
      keys.set(unit.id, key);
      push(byName, key.full, unit.id);
      push(byStem, key.stem, unit.id);
    }
    this.#units = byId;
    this.#children = children;
    this.#byName = byName;
    this.#byStem = byStem;
    this.#keys = keys;
  }

  /**
   * A tree from rows in any order (an imported sheet lists villages before their township). Bad rows
   * are an expected failure of an import, so they come back as a value naming the unit.
   */
  static build(
    units: readonly Unit[],
  ): { readonly ok: true; readonly tree: UnitTree } | ({ readonly ok: false } & UnitTreeProblem) {
    const ids = new Set<string>();
    for (const unit of units) {
      if (ids.has(unit.id)) return { ok: false, reason: "duplicate-id", unitId: unit.id };
      ids.add(unit.id);
    }
    for (const unit of units) {
      if (unit.parentId !== null && !ids.has(unit.parentId)) {
        return { ok: false, reason: "unknown-parent", unitId: unit.id };
      }
    }
    const tree = new UnitTree(units);
    for (const unit of units) {
      // Every unit must reach a root; a loop never does.
      let steps = 0;
      for (let id: string | null = unit.id; id !== null; id = tree.get(id)?.parentId ?? null) {
        if (++steps > units.length) return { ok: false, reason: "cycle", unitId: unit.id };
      }
    }
    return { ok: true, tree };
  }

  get(id: string): Unit | undefined {
    return this.#units.get(id);
  }

  childrenOf(id: string): readonly string[] {
    return this.#children.get(id) ?? [];
  }

  /** From the parent up to the root, without the unit itself. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    for (let p = this.get(id)?.parentId ?? null; p !== null; p = this.get(p)?.parentId ?? null) out.push(p);
    return out;
  }

  /** The unit and everything under it, parents before their children. */
  descendants(id: string): string[] {
    if (!this.#units.has(id)) return [];
    const out: string[] = [];
    const stack = [id];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      out.push(next);
      const children = this.childrenOf(next);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as string);
    }
    return out;
  }

  /** Whether `id` is `rootId` or under it. */
  isWithin(id: string, rootId: string): boolean {
    if (!this.#units.has(id) || !this.#units.has(rootId)) return false;
    return id === rootId || this.ancestors(id).includes(rootId);
  }

  /**
   * The unit a name in a message means, searched only within the sender's part of the tree
   * (decisions.md, Places). 團結村 is 团结村; 团结 finds 团结村 when nothing else there is called so;
   * two matches are for the bot to ask about, never to guess.
   */
  resolvePlace(name: string, withinUnitId: string): PlaceResolution {
    return this.#verdict(this.#matches(name, (id) => this.isWithin(id, withinUnitId)));
  }

  /**
   * The innermost name of a path as the parser gives it (瓜州县, 渊泉镇, 团结村), within the sender's
   * part of the tree, with the outer names choosing between units of the same name. The outer names
   * may lie above the sender (a village cadre writes out the whole address).
   */
  resolvePlacePath(path: readonly string[], withinUnitId: string): PlaceResolution {
    const innermost = path[path.length - 1];
    if (innermost === undefined) return { ok: false, reason: "none" };
    const candidates = this.#matches(innermost, (id) => this.isWithin(id, withinUnitId));
    if (candidates.length < 2) return this.#verdict(candidates);
    const outer = path.slice(0, -1);
    const fitting = candidates.filter((id) => {
      const above = new Set(this.ancestors(id));
      return outer.every((name) => this.#matches(name, (a) => above.has(a)).length > 0);
    });
    // Outer names that fit none of them (a typo) do not narrow the choice the bot offers.
    return this.#verdict(fitting.length > 0 ? fitting : candidates);
  }

  /**
   * How a sheet names a unit so that reading it back finds the same one: the plain name where the
   * tree has no other unit answering to it, else the shortest path of names from an ancestor down
   * that picks it out (金塔镇/团结村). Exports write it; imports read it with resolvePlacePath.
   */
  reference(id: string): string {
    const known = this.#references.get(id);
    if (known !== undefined) return known;
    const unit = this.get(id);
    if (!unit) return "";
    const chain = [id, ...this.ancestors(id)].map((a) => this.get(a)?.name ?? "");
    const root = this.ancestors(id).at(-1) ?? id;
    let found = chain.slice().reverse().join("/");
    for (let length = 1; length <= chain.length; length++) {
      const path = chain.slice(0, length).reverse();
      const resolved = this.resolvePlacePath(path, root);
      if (resolved.ok && resolved.unitId === id) {
        found = path.join("/");
        break;
      }
    }
    this.#references.set(id, found);
    return found;
  }

  #verdict(candidates: readonly string[]): PlaceResolution {
    const [first] = candidates;
    if (first === undefined) return { ok: false, reason: "none" };
    if (candidates.length === 1) return { ok: true, unitId: first };
    return { ok: false, reason: "ambiguous", candidates };
  }

  /** Units answering to `name` that pass `keep`: the exact name first, then the same stem and class. */
  #matches(name: string, keep: (id: string) => boolean): string[] {
    const full = foldKey(name);
    if (full === "") return [];
    const exact = (this.#byName.get(full) ?? []).filter(keep);
    if (exact.length > 0) return exact;
    const wanted = nameKey(name);
    return (this.#byStem.get(wanted.stem) ?? []).filter((id) => {
      const key = this.#keys.get(id);
      // Without a suffix the name may be any level (团结); with one it must be that level (民建村委会).
      return key !== undefined && (wanted.suffix === "" || key.suffix === wanted.suffix) && keep(id);
    });
  }
}
