/**
 * The one source of calendar time: when a run is recorded (which names its month in history) and
 * where retention cuts. Everything that asks "what time is it" for a date takes a Clock, so tests set
 * it instead of depending on the day they run. Durations (timeouts, backoff) use Date.now directly.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
