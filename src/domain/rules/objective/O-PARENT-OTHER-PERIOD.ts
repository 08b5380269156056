// O-PARENT-OTHER-PERIOD: Parent in another period. An objective carried into a new period whose
// parent was not carried keeps naming the old period's objective (close/next.ts): this asks for
// its new parent.
import { rule } from "../rule";
import { idKey } from "../../reading/ids";

export default rule({
  id: "O-PARENT-OTHER-PERIOD",
  topic: "objective",
  on: "objective",
  severity: "warning",
  name: {
    en: "Parent in another period",
    "zh-CN": "上级目标属于其他周期",
    "zh-TW": "上級目標屬於其他週期",
  },
  message: {
    en: "{id} ({own}) aligns to {parent}, an objective of {period}.",
    "zh-CN": "{id}（{own}）对齐到 {parent}，它是 {period} 的目标。",
    "zh-TW": "{id}（{own}）對齊到 {parent}，它是 {period} 的目標。",
  },
  hint: {
    en: "Its parent was not carried over into {own}: enter the ID of the {own} objective it now aligns to, or leave Parent empty.",
    "zh-CN": "其上级目标未延续到 {own}：请填写它现在对齐的 {own} 目标编号，或将上级目标留空。",
    "zh-TW": "其上級目標未延續到 {own}：請填寫它現在對齊的 {own} 目標編號，或將上級目標留空。",
  },
  example:
    "a 2026-Q2 objective whose Parent is CO-O1, a 2026-Q1 objective not carried over: align it to a 2026-Q2 objective",
  check: (o, ctx) => {
    const own = ctx.sheet.header.period?.label;
    const theirs = o.parent ? ctx.objectivePeriods?.get(idKey(o.parent)) : undefined;
    return own && theirs && theirs !== own
      ? { column: "parent", params: { parent: o.parent, period: theirs, own } }
      : null;
  },
});
