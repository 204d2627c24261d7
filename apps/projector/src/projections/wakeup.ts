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
      const done = (): void => {
        clearTimeout(timer);
        this.wakeCurrent = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeCurrent = done;
    });
  }

  wake(): void {
    if (this.wakeCurrent) this.wakeCurrent();
    else this.pending = true;
  }
}
