// The ExcelJS floor for `okr score`: a process that only reads a workbook with ExcelJS and writes it
// back out (node bench/exceljs-floor.js in.xlsx out.xlsx). Whatever `okr score` costs beyond this is ours.
const ExcelJS = require("exceljs");

async function main([input, output]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
