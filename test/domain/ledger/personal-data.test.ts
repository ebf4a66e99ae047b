import { describe, expect, it } from "vitest";
import { maskPersonalNumbers } from "../../../src/domain/ledger/index.ts";

describe("personal numbers shown to others", () => {
  it("masks mobile and ID-card numbers, and leaves the ledger's figures alone", () => {
    expect(maskPersonalNumbers("问题：资金未到位，联系张会计13912345678")).toBe(
      "问题：资金未到位，联系张会计139****5678",
    );
    expect(maskPersonalNumbers("户主身份证62092119800101123X已核实")).toBe(
      "户主身份证620921********123X已核实",
    );
    expect(maskPersonalNumbers("累计完成2000亩，投资12345678元")).toBe("累计完成2000亩，投资12345678元");
  });
});
