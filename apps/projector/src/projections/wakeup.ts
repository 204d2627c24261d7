/** A sleep that another part of the process can cut short (new work arrived, or shutdown). */
export class Wakeup {
  private wakeCurrent: (() => void) | undefined;
  private pending = false;

  /** Resolves after `ms`, or at once if wake() was called since the last wait. */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done(): void {
        clearTimeout(timer);
        self.wakeCurrent = undefined;
        resolve();
      }
      this.wakeCurrent = done;
    });
  }

  wake(): void {
    if (this.wakeCurrent) this.wakeCurrent();
    else this.pending = true;
  }
}
