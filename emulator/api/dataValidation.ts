// Excel.DataValidation: the rule set on a range.
import { AREA, RangePart, SHEET } from "./clientObject";

export class EDataValidation extends RangePart {
  protected readonly scalarProps = ["rule"] as const;
  protected read(): unknown {
    const a = this.range[AREA]();
    return (
      this.range[SHEET]().validations.find((v) => v.area.row === a.row && v.area.col === a.col)
        ?.rule ?? {}
    );
  }
  get rule(): unknown {
    return this.get("rule");
  }
  set rule(rule: unknown) {
    this.ctx.enqueue(
      () => this.range[SHEET]().validations.push({ area: this.range[AREA](), rule }),
      { rule }
    );
  }
  clear(): void {
    this.ctx.enqueue(
      () => {
        const a = this.range[AREA]();
        const sheet = this.range[SHEET]();
        sheet.validations = sheet.validations.filter(
          (v) => !(v.area.row === a.row && v.area.col === a.col)
        );
      },
      { clearValidation: true }
    );
  }
}
