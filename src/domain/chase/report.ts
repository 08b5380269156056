// Who owes an update, said for people: the text report, a CSV, a mail draft per owner (a mailto:
// link or an .eml file, made locally, never sent) and a weekly reminder as iCalendar. Three
// languages.
import { addDays } from "../reading/dates";
import { format } from "../reading/i18n";
import type { IsoDate, Lang, Localized } from "../types";
import type { Chase, OwnerDue } from "./owing";

const T = {
  title: {
    en: "Who owes an update — {period}as of {asOf} (a check-in every {cadence} days)",
    "zh-CN": "待更新名单——{period}截至 {asOf}（每 {cadence} 天更新一次）",
    "zh-TW": "待更新名單——{period}截至 {asOf}（每 {cadence} 天更新一次）",
  },
  nobody: {
    en: "Everyone is up to date.",
    "zh-CN": "所有人都已按时更新。",
    "zh-TW": "所有人都已按時更新。",
  },
  noOwnerName: { en: "(no owner)", "zh-CN": "（无负责人）", "zh-TW": "（無負責人）" },
  never: {
    en: "no check-in yet this period ({days} days)",
    "zh-CN": "本周期尚无进度更新（{days} 天）",
    "zh-TW": "本週期尚無進度更新（{days} 天）",
  },
  stale: {
    en: "last check-in {last} ({days} days ago)",
    "zh-CN": "上次更新 {last}（{days} 天前）",
    "zh-TW": "上次更新 {last}（{days} 天前）",
  },
  action: {
    en: "action overdue for {kr}: “{action}”, due {due} (Actions row {row})",
    "zh-CN": "{kr} 的行动逾期：“{action}”，截止 {due}（行动计划第 {row} 行）",
    "zh-TW": "{kr} 的行動逾期：「{action}」，截止 {due}（行動計畫第 {row} 列）",
  },
  noOwner: {
    en: "Objectives without an owner:",
    "zh-CN": "没有负责人的目标：",
    "zh-TW": "沒有負責人的目標：",
  },
  noOwnerLine: {
    en: "  {id} ({sheet}, row {row}): {statement}",
    "zh-CN": "  {id}（{sheet}，第 {row} 行）：{statement}",
    "zh-TW": "  {id}（{sheet}，第 {row} 列）：{statement}",
  },
  notReturned: {
    en: "Files sent and not returned:",
    "zh-CN": "已发出但未收回的文件：",
    "zh-TW": "已發出但未收回的檔案：",
  },
  notReturnedLine: {
    en: "  {sheet} ({file}), sent {sentOn}",
    "zh-CN": "  {sheet}（{file}），{sentOn} 发出",
    "zh-TW": "  {sheet}（{file}），{sentOn} 發出",
  },
  subject: {
    en: "OKR check-in due: {n} item(s) to update",
    "zh-CN": "OKR 进度更新提醒：{n} 项待更新",
    "zh-TW": "OKR 進度更新提醒：{n} 項待更新",
  },
  greeting: {
    en: "Hello {owner},\n\nthese OKR items are waiting for your update (as of {asOf}):",
    "zh-CN": "{owner}，您好：\n\n以下 OKR 事项等待您更新（截至 {asOf}）：",
    "zh-TW": "{owner}，您好：\n\n以下 OKR 事項等待您更新（截至 {asOf}）：",
  },
  closing: {
    en: "Please give each key result its current value, your confidence and a short comment.\n\nThank you!",
    "zh-CN": "请为每个关键结果填写当前值、信心指数和简短说明。\n\n谢谢！",
    "zh-TW": "請為每個關鍵結果填寫目前值、信心指數和簡短說明。\n\n謝謝！",
  },
  krsOwed: { en: "Key results to update", "zh-CN": "待更新关键结果", "zh-TW": "待更新關鍵結果" },
  actionsOwed: { en: "Actions past due", "zh-CN": "逾期行动", "zh-TW": "逾期行動" },
  longest: {
    en: "Longest without a check-in (days)",
    "zh-CN": "最久未更新（天）",
    "zh-TW": "最久未更新（天）",
  },
  reminder: {
    en: "OKR check-in",
    "zh-CN": "OKR 进度更新",
    "zh-TW": "OKR 進度更新",
  },
  reminderBody: {
    en: "Update the current value, confidence and a comment for each of your key results.",
    "zh-CN": "为您的每个关键结果更新当前值、信心指数和说明。",
    "zh-TW": "為您的每個關鍵結果更新目前值、信心指數和說明。",
  },
} satisfies Record<string, Localized>;

/** The report's words (the pane's Who owes place says the same). */
export const CHASE_TEXT = T;

export const ownerName = (o: OwnerDue, lang: Lang) => o.owner || T.noOwnerName[lang];

/** What one owner owes, a line per key result and per action. */
export function ownerLines(o: OwnerDue, lang: Lang): string[] {
  return [
    ...o.krs.map(
      (k) =>
        `${k.id}  ${k.statement} — ${
          k.last
            ? format(T.stale[lang], { last: k.last, days: k.days })
            : format(T.never[lang], { days: k.days })
        }`
    ),
    ...o.actions.map((a) =>
      format(T.action[lang], { kr: a.krId, action: a.action, due: a.due, row: a.row })
    ),
  ];
}

/** The report a person reads. */
export function chaseText(c: Chase, lang: Lang): string {
  const lines = [
    format(T.title[lang], {
      period: c.period ? `${c.period}, ` : "",
      asOf: c.asOf,
      cadence: c.cadence,
    }),
  ];
  if (!c.owners.length && !c.noOwner.length && !c.notReturned.length) lines.push(T.nobody[lang]);
  for (const o of c.owners) {
    lines.push(ownerName(o, lang));
    for (const l of ownerLines(o, lang)) lines.push(`  ${l}`);
  }
  if (c.noOwner.length) {
    lines.push(T.noOwner[lang]);
    for (const o of c.noOwner) lines.push(format(T.noOwnerLine[lang], { ...o }));
  }
  if (c.notReturned.length) {
    lines.push(T.notReturned[lang]);
    for (const f of c.notReturned) lines.push(format(T.notReturnedLine[lang], { ...f }));
  }
  return `${lines.join("\n")}\n`;
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? "" : String(v);
  // Text that a spreadsheet would read as a formula stays text (a leading apostrophe).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One line per thing owed: owner, kind, sheet, ID, what, last check-in, days, due, file. */
export function chaseCsv(c: Chase): string {
  const rows: (string | number | null)[][] = [
    ["owner", "kind", "sheet", "id", "what", "last_checkin", "days", "due", "file"],
  ];
  for (const o of c.owners) {
    for (const k of o.krs)
      rows.push([o.owner, "keyResult", k.sheet, k.id, k.statement, k.last, k.days, null, null]);
    for (const a of o.actions)
      rows.push([o.owner, "action", null, a.krId, a.action, null, null, a.due, null]);
  }
  for (const n of c.noOwner)
    rows.push(["", "objectiveWithoutOwner", n.sheet, n.id, n.statement, null, null, null, null]);
  for (const f of c.notReturned)
    rows.push(["", "notReturned", f.sheet, null, null, null, null, f.sentOn, f.file]);
  return `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`;
}

/** An owner's mail: subject and body, in a language. */
export function chaseMail(c: Chase, o: OwnerDue, lang: Lang): { subject: string; body: string } {
  const items = ownerLines(o, lang);
  return {
    subject: format(T.subject[lang], { n: items.length }),
    body: [
      format(T.greeting[lang], { owner: ownerName(o, lang), asOf: c.asOf }),
      "",
      ...items.map((l) => `- ${l}`),
      "",
      T.closing[lang],
    ].join("\n"),
  };
}

/** A mailto: link (no address: the workbook holds names, the person picks the recipient). */
export function mailtoLink(mail: { subject: string; body: string }): string {
  return `mailto:?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.body)}`;
}

/** An unsent .eml draft (RFC 5322 with a UTF-8 body; X-Unsent opens it as a draft in Outlook). */
export function emlDraft(mail: { subject: string; body: string }): string {
  // RFC 2047: a non-ASCII subject is encoded words (base64 of its UTF-8 bytes).
  const bytes = new TextEncoder().encode(mail.subject);
  const subject = `=?UTF-8?B?${btoa(String.fromCharCode(...bytes))}?=`;
  return [
    "X-Unsent: 1",
    "To: ",
    `Subject: ${subject}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    mail.body.replace(/\n/g, "\r\n"),
    "",
  ].join("\r\n");
}

const icsDate = (iso: IsoDate) => iso.replace(/-/g, "");
const icsText = (s: string) => s.replace(/[\\;,]/g, (m) => `\\${m}`).replace(/\n/g, "\\n");

/**
 * A recurring all-day reminder every cadence, from the next check-in day after the as-of date until
 * the period's end (RFC 5545).
 */
export function weeklyReminder(
  c: Chase,
  o: { lang: Lang; periodEnd: IsoDate | null; uid: string; now: string }
): string {
  const first = addDays(c.asOf, 1);
  const rule =
    c.cadence % 7 === 0
      ? `FREQ=WEEKLY;INTERVAL=${c.cadence / 7}`
      : `FREQ=DAILY;INTERVAL=${c.cadence}`;
  const until = o.periodEnd ? `;UNTIL=${icsDate(o.periodEnd)}` : "";
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//OKR Sheets//okr chase//EN",
    "BEGIN:VEVENT",
    `UID:${o.uid}`,
    `DTSTAMP:${o.now}`,
    `DTSTART;VALUE=DATE:${icsDate(first)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(first, 1))}`,
    `RRULE:${rule}${until}`,
    `SUMMARY:${icsText(T.reminder[o.lang])}`,
    `DESCRIPTION:${icsText(T.reminderBody[o.lang])}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}
