/**
 * Progress for long runs: a bar redrawn in place on a terminal, a line every tenth in CI logs.
 * Silent for the first two seconds, so quick runs print nothing.
 */
export function progressPrinter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done: number, total: number) {
      const elapsed = (performance.now() - started) / 1000;
      if (elapsed < 2 || total === 0) return;
      const share = done / total;
      const eta = share > 0 ? (elapsed / share) * (1 - share) : 0;
      // Made only when it is written: formatting numbers for every article cost more than the bar.
      const text = () => `${label} ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} (${Math.round(share * 100)}%, ${elapsed.toFixed(0)} s, ~${eta.toFixed(0)} s left)`;
      if (stream.isTTY) {
        const width = 24, full = Math.round(share * width);
        stream.write(`\r[${"#".repeat(full)}${".".repeat(width - full)}] ${text()}`);
        drawn = true;
      } else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        stream.write(`${text()}\n`);
      }
    },
    done() {
      if (drawn) stream.write("\n");
    }
  };
}
