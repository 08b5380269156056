// REVIEW-SELF-PEER: Rating oneself as a peer.
import { rule } from "../rule";
import { roleIn, sameText } from "../../reading/ratingsSheet";
import { ratingCell } from "../helpers";

export default rule({
  id: "REVIEW-SELF-PEER",
  topic: "review",
  on: "review",
  severity: "warning",
  name: { en: "Rating oneself as a peer", "zh-CN": "以互评身份自评", "zh-TW": "以互評身分自評" },
  message: {
    en: "{person} rates themselves as a peer; the rating is not counted.",
    "zh-CN": "{person} 以互评身份给自己打分，此评分不计入。",
    "zh-TW": "{person} 以互評身分給自己評分，此評分不計入。",
  },
  hint: {
    en: "Record it with the role Self, or have a colleague rate instead.",
    "zh-CN": "请把评价类型改为“自评”，或改由同事评分。",
    "zh-TW": "請把評價類型改為「自評」，或改由同事評分。",
  },
  example: "Ann rating Ann as a peer: not counted",
  check: (ctx) =>
    ctx.ratings.ratings.flatMap((r) =>
      roleIn(r, ctx.ratings.lang) === "peer" && sameText(r.rater, r.person)
        ? [{ ...ratingCell(ctx, r, "rater"), params: { person: r.person } }]
        : []
    ),
});
