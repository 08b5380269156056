import { segmentZh } from "./src/domain/text/analyze";
for (const s of ["做强华东区域市场","做大华东市场","做强区域市场"]) console.log([...segmentZh(s)].join("/"));
