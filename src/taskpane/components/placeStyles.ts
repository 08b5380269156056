// Layout every place of the pane shares: the place itself, and a bare vertical list.
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePlaceStyles = makeStyles({
  place: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  stack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
  },
});
