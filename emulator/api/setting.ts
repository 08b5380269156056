// Excel.SettingCollection and Excel.Setting: values saved with the workbook.
import { ExcelError } from "../workbook";
import { ClientObject, IDENTITY, type Identity } from "./clientObject";
import type { Context } from "./context";

export class ESettingCollection extends ClientObject {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  add(key: string, value: unknown): ESetting {
    this.ctx.enqueue(() => this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value))), {
      addSetting: key,
      value,
    });
    return new ESetting(this.ctx, key, false);
  }
  getItem(key: string): ESetting {
    return new ESetting(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): ESetting {
    return new ESetting(this.ctx, key, true);
  }
}

export class ESetting extends ClientObject {
  protected readonly scalarProps = ["key", "value"] as const;
  constructor(
    ctx: Context,
    private readonly settingKey: string,
    private readonly orNull: boolean
  ) {
    super(ctx);
    if (orNull) this.trackNull();
  }
  protected override isMissing(): boolean {
    return this.orNull && !this.ctx.state.settings.has(this.settingKey);
  }
  override [IDENTITY](): Identity {
    return this.settingKey;
  }
  protected read(prop: string): unknown {
    if (!this.ctx.state.settings.has(this.settingKey))
      throw new ExcelError("ItemNotFound", "The requested resource doesn't exist (setting).");
    return prop === "key" ? this.settingKey : this.ctx.state.settings.get(this.settingKey);
  }
  get isNullObject(): boolean {
    return this.nullObject(this.orNull);
  }
  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
}
