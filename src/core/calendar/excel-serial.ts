import { assert } from "../assert";
import { describeValue, describeValueNl } from "../describe-value";
import { fromEpochDay, toEpochDay, type IsoDay } from "./day";

/**
 * Excel's two date systems. 1900 (Windows default): serial 1 = 1900-01-01, and Excel keeps Lotus
 * 1-2-3's bug of a 1900-02-29 at serial 60. 1904 (old Mac workbooks): serial 0 = 1904-01-01, so the
 * same day has a serial 1462 lower than in the 1900 system (from 1900-03-01 on).
 */
export type DateSystem = 1900 | 1904;

/** Epoch day (days since 1970-01-01) of 1900-01-01 and 1904-01-01. */
const EPOCH_1900_01_01 = -25567;
const EPOCH_1904_01_01 = -24107;
/** The fictitious 1900-02-29 of the 1900 system. */
const FICTITIOUS_LEAP_DAY = 60;

/**
 * The day of an Excel date serial. The fractional part (time of day) is dropped (floor).
 * Throws a CoreError for NaN/Infinity, for serials before the system's first day (< 1 in 1900,
 * < 0 in 1904), for serial 60 in the 1900 system (1900-02-29 never existed), and past 9999-12-31.
 */
export function serialToDay(serial: number, system: DateSystem = 1900): IsoDay {
  assert(
    typeof serial === "number" && Number.isFinite(serial),
    "serial.invalid",
    () => `${describeValue(serial)} is not an Excel date serial.`,
    () => `${describeValueNl(serial)} is geen Excel-datumgetal.`
  );
  assertSystem(system);
  const whole = Math.floor(serial);
  if (system === 1904) {
    assert(
      whole >= 0,
      "serial.out-of-range",
      () => `${describeValue(serial)} is before 1904-01-01, the first day of the 1904 date system.`,
      () =>
        `${describeValueNl(serial)} ligt vóór 1 januari 1904, de eerste dag van het 1904-datumsysteem.`
    );
    return fromEpochDay(EPOCH_1904_01_01 + whole);
  }
  assert(
    whole >= 1,
    "serial.out-of-range",
    () => `${describeValue(serial)} is before 1900-01-01, the first day of the 1900 date system.`,
    () =>
      `${describeValueNl(serial)} ligt vóór 1 januari 1900, de eerste dag van het 1900-datumsysteem.`
  );
  assert(
    whole !== FICTITIOUS_LEAP_DAY,
    "serial.fictitious-day",
    () => `Serial ${describeValue(serial)} is Excel's 1900-02-29, a day that never existed.`,
    () =>
      `Datumgetal ${describeValueNl(serial)} staat in Excel voor 29 februari 1900, een dag die nooit heeft bestaan.`
  );
  // Serials after the fictitious day are one too high.
  return fromEpochDay(EPOCH_1900_01_01 + whole - (whole > FICTITIOUS_LEAP_DAY ? 2 : 1));
}

/** The Excel serial of `day` in `system`; throws a CoreError for days before the system's first day. */
export function dayToSerial(day: IsoDay, system: DateSystem = 1900): number {
  assertSystem(system);
  const epochDay = toEpochDay(day);
  if (system === 1904) {
    assert(
      epochDay >= EPOCH_1904_01_01,
      "serial.out-of-range",
      () => `${day} is before 1904-01-01 and has no 1904-system serial.`
    );
    return epochDay - EPOCH_1904_01_01;
  }
  assert(
    epochDay >= EPOCH_1900_01_01,
    "serial.out-of-range",
    () => `${day} is before 1900-01-01 and has no Excel serial.`
  );
  const serial = epochDay - EPOCH_1900_01_01 + 1;
  return serial >= FICTITIOUS_LEAP_DAY ? serial + 1 : serial;
}

function assertSystem(system: unknown): void {
  assert(
    system === 1900 || system === 1904,
    "serial.invalid-system",
    () => `${describeValue(system)} is not an Excel date system (1900 or 1904).`,
    () => `${describeValueNl(system)} is geen datumsysteem van Excel (1900 of 1904).`
  );
}
