// Excel.NamedItemCollection and Excel.NamedItem.
import { areaAddress, quoteSheet } from "../addresses";
import { ExcelError } from "../workbook";
import { AREA, ClientObject, IDENTITY, type Identity, SHEET } from "./clientObject";
import type { Context } from "./context";
import type { ERange } from "./range";

export class ENamedItemCollection extends ClientObject {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  add(name: string, reference: string | ERange, comment?: string): ENamedItem {
    this.ctx.enqueue(
      () => {
        const names = this.ctx.state.names;
        if (
          !/^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) ||
          /^[A-Za-z]{1,3}\d+$/.test(name)
        ) {
          throw new ExcelError("InvalidArgument", `'${name}' is not a valid name.`);
        }
        if (names.has(name.toLowerCase()))
          throw new ExcelError("ItemAlreadyExists", `The name '${name}' already exists.`);
        const formula =
          typeof reference === "string"
            ? reference
            : `=${quoteSheet(reference[SHEET]().name)}!${areaAddress(reference[AREA]()).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
        names.set(name.toLowerCase(), { name, formula });
      },
      { addName: name, reference: typeof reference === "string" ? reference : "range", comment }
    );
    return new ENamedItem(this.ctx, name, false);
  }
  getItem(name: string): ENamedItem {
    return new ENamedItem(this.ctx, name, false);
  }
  getItemOrNullObject(name: string): ENamedItem {
    return new ENamedItem(this.ctx, name, true);
  }
}

export class ENamedItem extends ClientObject {
  protected readonly scalarProps = ["name", "formula"] as const;
  constructor(
    ctx: Context,
    private readonly key: string,
    private readonly orNull: boolean
  ) {
    super(ctx);
    if (orNull) this.trackNull();
  }
  protected override isMissing(): boolean {
    return this.orNull && !this.ctx.state.names.has(this.key.toLowerCase());
  }
  override [IDENTITY](): Identity {
    return this.key;
  }
  protected read(prop: string): unknown {
    const item = this.ctx.state.names.get(this.key.toLowerCase());
    if (!item) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist (name).");
    return prop === "name" ? item.name : item.formula;
  }
  get isNullObject(): boolean {
    return this.nullObject(this.orNull);
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  delete(): void {
    this.ctx.enqueue(() => this.ctx.state.names.delete(this.key.toLowerCase()), {
      deleteName: this.key,
    });
  }
}
