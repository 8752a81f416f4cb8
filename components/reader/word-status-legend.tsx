import styles from "./word-status.module.css";

/** What the underlines mean; patterns, not colours, tell them apart. */
export function WordStatusLegend() {
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1" data-status-legend="">
      <span>
        <span className={`font-han ${styles.sample}`} data-status="new">
          新
        </span>{" "}
        dotted: new
      </span>
      <span>
        <span className={`font-han ${styles.sample}`} data-status="learning">
          学
        </span>{" "}
        solid: learning
      </span>
      <span>
        <span className={`font-han ${styles.sample}`}>会</span> plain: known or set aside
      </span>
    </span>
  );
}
