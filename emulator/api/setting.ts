// Excel.SettingCollection and Excel.Setting: values saved with the workbook.
import { ExcelError } from "../workbook";
import { ClientObject, IDENTITY, type Identity } from "./clientObject";
import type { Context } from "./context";

/**
 * What the workbook's settings hold, all keys together, as JSON text. Office.Settings documents 2 MB
 * (learn.microsoft.com/javascript/api/office/office.settings#office-office-settings-set-member(1));
 * Excel has refused from about 1 MB with InvalidArgument (office-js issue 3957): the emulator
 * refuses past 1,000,000 bytes, the stricter figure.
 */
export const SETTINGS_LIMIT_BYTES = 1_000_000;

export class ESettingCollection extends ClientObject {
  protected readonly scalarProps = [] as const;
  protected read(): unknown {
    return null;
  }
  add(key: string, value: unknown): ESetting {
    this.ctx.enqueue(
      () => {
        const settings = new Map(this.ctx.state.settings);
        settings.set(key, JSON.parse(JSON.stringify(value)));
        const bytes = new TextEncoder().encode(JSON.stringify([...settings])).length;
        if (bytes > SETTINGS_LIMIT_BYTES)
          throw new ExcelError(
            "InvalidArgument",
            `The argument is invalid or missing or has an incorrect format (the settings would hold ${bytes} bytes).`
          );
        this.ctx.state.settings.set(key, settings.get(key));
      },
      { addSetting: key, value }
    );
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
