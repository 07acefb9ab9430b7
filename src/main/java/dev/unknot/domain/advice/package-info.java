/**
 * Advice around a spasm episode, as pure rules over the log: rest before SMR ({@link
 * dev.unknot.domain.advice.EpisodeAdvice}), when the QL joins Low back ({@link dev.unknot.domain.advice.QlRule})
 * and when to suggest a doctor ({@link dev.unknot.domain.advice.DoctorNotice}).
 *
 * <p>No system clock: every rule takes {@code Instant now}, and a {@link java.time.ZoneId} where calendar days
 * matter. Elapsed spans ("24 hours", "3 days" for the QL) are exact multiples of 24 hours from the onset, not
 * calendar days, so a change of clocks for summer time moves nothing.
 *
 * <p>The advice never blocks anything: it produces texts for the screens to show.
 */
package dev.unknot.domain.advice;
