import { assert } from "../assert";
import { fromEpochDay, type IsoDay } from "../calendar/day";
import { packedCivilOfEpochDay } from "../calendar/civil-day";
import { anniversaryEpochDay } from "./interest-anniversary";
import { largestRemainder } from "../money/largest-remainder";
import { cents, type Cents } from "../money/money";
import { allocatePayment, type PaymentAllocation } from "../money/payment-allocation";
import { bigDivRoundHalfUp, divRoundHalfUpUnchecked } from "../money/round-half-up";
import { failBeforeTable, rateIndexAt, type CompiledRates } from "./statutory-rate";
import { INTEREST_DENOMINATOR } from "./statutory-interest-cents";
import type { InterestKind } from "./statutory-rates";

/**
 * One line of an interest specification (renteberekening): the interest days `from` … `to`, both
 * inclusive (`days = to − from + 1`), at one rate on one base. The lines of a rounding step (an
 * interest year, or the part of it up to a payment) add up exactly to that step's rounded interest.
 */
export interface InterestPeriod {
  readonly from: IsoDay;
  readonly to: IsoDay;
  readonly days: number;
  readonly ratePct: number;
  readonly base: Cents;
  readonly interest: Cents;
}

/** A stretch of interest days (`from` exclusive, `to` inclusive, epoch days) at one rate. */
interface Segment {
  from: number;
  to: number;
  bp: number;
}

/**
 * The running state of one claim under art. 6:119/6:119a BW: principal, interest added to the base
 * at past anniversaries (`capitalised`), rounded interest of the running year not yet capitalised
 * (`running`), and costs. Time moves forward only: {@link advanceTo}, then {@link pay}. Internal twin
 * of `statutoryInterest` and `claimStatement`; same arithmetic as `statutoryInterestCents`.
 */
export class InterestAccount {
  principal: number;
  capitalised = 0;
  running = 0;
  costs: number;
  /** All interest accrued and rounded so far. */
  accrued = 0;
  readonly periods: InterestPeriod[] = [];
  private at: number;
  private readonly packedStart: number;
  private year = 1;
  private nextAnniversary: number;
  private index: number;
  private pending: Segment[] = [];
  private pendingRateDays = 0;

  constructor(
    principal: Cents,
    costs: Cents,
    private readonly fromEpochDay: number,
    private readonly kind: InterestKind,
    private readonly rates: CompiledRates
  ) {
    this.principal = principal;
    this.costs = costs;
    this.at = fromEpochDay;
    this.packedStart = packedCivilOfEpochDay(fromEpochDay);
    this.nextAnniversary = anniversaryEpochDay(this.packedStart, 1);
    this.index = rateIndexAt(rates, fromEpochDay + 1);
  }

  /** The base interest runs on: principal plus unpaid interest capitalised at past anniversaries. */
  get base(): number {
    return this.principal + this.capitalised;
  }

  /** Interest owed now (capitalised and running, both unpaid). */
  get interestDue(): number {
    return this.capitalised + this.running;
  }

  /** Accrues interest up to and including `epochDay` (no-op for a day not after the current one). */
  advanceTo(epochDay: number): void {
    while (this.at < epochDay) {
      if (this.index < 0) failBeforeTable(this.rates, this.kind, this.at + 1);
      const stop = Math.min(epochDay, this.nextAnniversary);
      const { starts, bp } = this.rates;
      const last = starts.length - 1;
      while (this.at < stop) {
        const nextChange = this.index < last ? starts[this.index + 1]! - 1 : stop;
        const end = Math.min(nextChange, stop);
        this.addSegment(this.at, end, bp[this.index]!);
        this.at = end;
        if (this.at < stop || nextChange === stop) this.index += this.index < last ? 1 : 0;
      }
      if (this.at === this.nextAnniversary) {
        this.settle();
        // Art. 6:119 lid 2: unpaid interest of the year just ended is added to the base.
        this.capitalised += this.running;
        this.running = 0;
        this.year += 1;
        this.nextAnniversary = anniversaryEpochDay(this.packedStart, this.year);
      }
    }
  }

  private addSegment(from: number, to: number, bp: number): void {
    const previous = this.pending[this.pending.length - 1];
    if (previous !== undefined && previous.bp === bp && previous.to === from) previous.to = to;
    else this.pending.push({ from, to, bp });
    this.pendingRateDays += bp * (to - from);
  }

  /**
   * Rounds the interest accrued since the last rounding step (half up, once) and books it as running
   * interest; records specification lines that add up to it exactly.
   */
  settle(): void {
    if (this.pending.length === 0) return;
    const base = this.base;
    const numerator = base * this.pendingRateDays;
    const interest =
      numerator <= Number.MAX_SAFE_INTEGER
        ? divRoundHalfUpUnchecked(numerator, INTEREST_DENOMINATOR)
        : Number(
            bigDivRoundHalfUp(
              BigInt(base) * BigInt(this.pendingRateDays),
              BigInt(INTEREST_DENOMINATOR)
            )
          );
    assert(
      Number.isSafeInteger(this.accrued + interest + base),
      "interest.too-large",
      `The interest on ${base} cents is too large to count exactly in cents.`
    );
    if (base > 0) {
      const shares = largestRemainder(
        interest,
        this.pending.map((s) => BigInt(s.bp) * BigInt(s.to - s.from))
      );
      this.pending.forEach((s, i) =>
        this.periods.push({
          from: fromEpochDay(s.from + 1),
          to: fromEpochDay(s.to),
          days: s.to - s.from,
          ratePct: s.bp / 100,
          base: cents(base),
          interest: cents(shares[i]!),
        })
      );
    }
    this.running += interest;
    this.accrued += interest;
    this.pending = [];
    this.pendingRateDays = 0;
  }

  /**
   * Applies a payment made on the current day (call {@link advanceTo} first) per art. 6:44 BW: costs,
   * then interest (the oldest first: capitalised, then running), then principal. Paid interest
   * leaves the base; unpaid interest is capitalised at the next anniversary.
   */
  pay(amount: Cents): PaymentAllocation {
    this.settle();
    const allocation = allocatePayment(
      {
        costs: cents(this.costs),
        interest: cents(this.interestDue),
        principal: cents(this.principal),
      },
      amount
    );
    this.costs -= allocation.toCosts;
    const fromCapitalised = Math.min(allocation.toInterest, this.capitalised);
    this.capitalised -= fromCapitalised;
    this.running -= allocation.toInterest - fromCapitalised;
    this.principal -= allocation.toPrincipal;
    return allocation;
  }

  /** What is owed now (call {@link settle} first to include the interest of the running step). */
  outstanding(): { principal: Cents; interest: Cents; costs: Cents } {
    return {
      principal: cents(this.principal),
      interest: cents(this.interestDue),
      costs: cents(this.costs),
    };
  }
}
