/**
 * Insights over the session log: minutes per target per week, pain over time with a trend, the calendar and
 * streaks, left against right, totals per target and an overview. Each insight is an immutable record with a
 * static {@code of(...)} that computes it; {@link dev.unknot.domain.insights.Insights} bundles them all with the
 * screen's defaults.
 *
 * <p>What belongs here: pure functions from a list of {@link dev.unknot.domain.LoggedSession}s (any order) to
 * ready-to-draw values, so the insights screen only draws. No JavaFX, no JDBC, no system clock: the caller
 * passes the user's {@link java.time.ZoneId} and {@code today}.
 *
 * <p>Rules shared by every insight:
 * <ul>
 *   <li>A session counts for the seconds it really worked, whatever its status (finished, ended early,
 *       interrupted or still running). A session with no worked seconds counts as nothing anywhere, pain
 *       ratings included; a step with zero or negative seconds adds nothing.</li>
 *   <li>A session belongs to the local date (in the given zone) on which it started.</li>
 *   <li>Minutes are {@code seconds / 60.0}, summed over whole seconds first.</li>
 *   <li>Targets come in the catalogue's order; ids the catalogue no longer knows (an old log after a target
 *       was retired) are kept, after the catalogue's, alphabetically.</li>
 * </ul>
 */
package dev.unknot.domain.insights;
