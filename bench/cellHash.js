// node bench/cellHash.js FILE.xlsx: two hashes over every cell of a written workbook (ExcelJS read),
// to show a change to how `okr score` writes leaves the file's content as it was: one of each
// cell's value, formula and cached result, one of its style and dropdown (and each sheet's views,
// filter, print area, conditional formats without their generated ids, column widths).
// docs/PERFORMANCE.md quotes it at 10,000 rows.
const crypto = require("node:crypto");
const ExcelJS = require("exceljs");

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const values = crypto.createHash("sha256");
  const styles = crypto.createHash("sha256");
  let cells = 0;
  for (const ws of wb.worksheets) {
    values.update(`#${ws.name}`);
    const conditional = JSON.stringify(ws.conditionalFormattings).replace(/"x14Id":"[^"]*"/g, "");
    const widths = ws.columns?.map((c) => c.width);
    styles.update(
      JSON.stringify([
        ws.name,
        ws.views,
        ws.autoFilter,
        ws.pageSetup.printArea,
        conditional,
        widths,
      ])
    );
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        cells++;
        values.update(`${c.address}=${JSON.stringify(c.value)}`);
        styles.update(
          `${c.address}:${JSON.stringify(c.style)}:${JSON.stringify(c.dataValidation)}`
        );
      })
    );
  }
  const short = (h) => h.digest("hex").slice(0, 16);
  console.log(`cells ${cells} values ${short(values)} styles ${short(styles)}`);
})();
