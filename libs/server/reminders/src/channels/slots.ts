/**
 * At most `size` pieces of work at once; the rest wait their turn in order. A channel's sends go
 * through its slots so that a worker killed mid-burst has at most `size` messages in a server's hands
 * and not yet recorded as sent: the only ones a retry can send twice.
 */
export class Slots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.size) this.active++;
    else await new Promise<void>((turn) => this.waiting.push(turn));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so `active` never dips and lets a newcomer jump ahead.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
