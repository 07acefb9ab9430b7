package dev.unknot.domain.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.Region;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.SpasmEpisode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DoctorNoticeTest {
    /** UTC+1 in winter: local midnight is 23:00 UTC the day before. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 10 March 2026, 20:00 in Berlin. */
    private static final Instant NOW = at("2026-03-10T20:00");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static long ids;

    private static LoggedSession session(String localStart, OptionalInt painBefore) {
        Instant start = at(localStart);
        return new LoggedSession(++ids, start, Optional.of(start.plusSeconds(1800)), "builtin:low_back",
                "Low back", SessionStatus.FINISHED, List.of(), painBefore, OptionalInt.empty(), "");
    }

    private static LoggedSession rated(String localStart, int painBefore) {
        return session(localStart, OptionalInt.of(painBefore));
    }

    private static SpasmEpisode episode(int severity) {
        return Episode.ongoing(at("2026-03-09T08:00"), Region.LOW_BACK, severity);
    }

    private static Optional<String> check(List<SpasmEpisode> episodes, List<LoggedSession> sessions) {
        return DoctorNotice.check(episodes, sessions, NOW, BERLIN);
    }

    private static void assertNamesTheFactSheet(String notice) {
        assertTrue(notice.contains("National Institute of Neurological Disorders and Stroke (NINDS) Low Back Pain "
                + "Fact Sheet"), notice);
        assertFalse(notice.contains("medical advice"), "the start screen says that once, not in each notice: " + notice);
        assertTrue(notice.contains("doctor"), notice);
    }

    // ---- severity ---------------------------------------------------------------------------------------

    @Test
    void aCurrentEpisodeRated8BringsTheNotice() {
        Optional<String> notice = check(List.of(episode(8)), List.of());

        assertTrue(notice.isPresent());
        assertTrue(notice.get().startsWith("You rated this spasm 8 out of 10."), notice.get());
        assertNamesTheFactSheet(notice.get());
    }

    @Test
    void aCurrentEpisodeRated10BringsTheNotice() {
        assertTrue(check(List.of(episode(10)), List.of()).isPresent());
    }

    @Test
    void aCurrentEpisodeRated7DoesNot() {
        assertEquals(Optional.empty(), check(List.of(episode(7)), List.of()));
    }

    @Test
    void aRelievedEpisodeRated9DoesNot() {
        SpasmEpisode relieved = new SpasmEpisode(1, at("2026-03-08T08:00"), Region.LOW_BACK, 9,
                Optional.of(at("2026-03-09T08:00")));

        assertEquals(Optional.empty(), check(List.of(relieved), List.of()));
    }

    @Test
    void anOlderOngoingSevereEpisodeIsNotHiddenByAMilderNewOne() {
        SpasmEpisode newer = Episode.ongoing(at("2026-03-10T12:00"), Region.UPPER_BACK, 3);

        assertTrue(check(List.of(episode(9), newer), List.of()).isPresent());
    }

    // ---- pain before over the last 7 days ---------------------------------------------------------------

    @Test
    void threeSessionsAt7Then7Then8InSixDaysBringTheNotice() {
        Optional<String> notice = check(List.of(), List.of(
                rated("2026-03-05T09:00", 7), rated("2026-03-07T09:00", 7), rated("2026-03-10T09:00", 8)));

        assertTrue(notice.isPresent());
        assertTrue(notice.get().contains("stayed at 7 or more"), notice.get());
        assertTrue(notice.get().contains("last 3 rated sessions this week (7, 7, 8)"), notice.get());
        assertNamesTheFactSheet(notice.get());
    }

    @Test
    void threeSessionsAt7Then6Then7BringNoneBecauseThePainWentDown() {
        assertEquals(Optional.empty(), check(List.of(), List.of(
                rated("2026-03-05T09:00", 7), rated("2026-03-07T09:00", 6), rated("2026-03-10T09:00", 7))));
    }

    @Test
    void threeSessionsAt8Then7Then7BringNoneBecauseThePainEased() {
        assertEquals(Optional.empty(), check(List.of(), List.of(
                rated("2026-03-05T09:00", 8), rated("2026-03-07T09:00", 7), rated("2026-03-10T09:00", 7))));
    }

    @Test
    void twoSessionsAreNotEnough() {
        assertEquals(Optional.empty(), check(List.of(), List.of(
                rated("2026-03-07T09:00", 8), rated("2026-03-10T09:00", 9))));
    }

    @Test
    void aSessionOlderThanSevenDaysDoesNotCount() {
        // 3 March is the eighth local day back from 10 March.
        assertEquals(Optional.empty(), check(List.of(), List.of(
                rated("2026-03-03T23:59:59", 7), rated("2026-03-07T09:00", 7), rated("2026-03-10T09:00", 8))));
    }

    @Test
    void aSessionAtLocalMidnightSixDaysBackCounts() {
        // 4 March 00:00 in Berlin is 3 March 23:00 UTC: the window goes by local dates.
        assertTrue(check(List.of(), List.of(
                rated("2026-03-04T00:00", 7), rated("2026-03-07T09:00", 7), rated("2026-03-10T09:00", 8))).isPresent());
    }

    @Test
    void anUnratedSessionInBetweenIsSkipped() {
        assertTrue(check(List.of(), List.of(rated("2026-03-05T09:00", 7), session("2026-03-06T09:00",
                OptionalInt.empty()), rated("2026-03-07T09:00", 7), rated("2026-03-10T09:00", 7))).isPresent());
    }

    @Test
    void anEarlierLowRatingBeforeTheRunDoesNotHideIt() {
        assertTrue(check(List.of(), List.of(rated("2026-03-04T09:00", 3), rated("2026-03-05T09:00", 7),
                rated("2026-03-07T09:00", 8), rated("2026-03-10T09:00", 8))).isPresent());
    }

    @Test
    void aLaterLowerRatingEndsIt() {
        assertEquals(Optional.empty(), check(List.of(), List.of(rated("2026-03-04T09:00", 7),
                rated("2026-03-05T09:00", 7), rated("2026-03-07T09:00", 8), rated("2026-03-10T09:00", 5))));
    }

    @Test
    void aRunOfFourIsCountedInTheText() {
        Optional<String> notice = check(List.of(), List.of(rated("2026-03-04T09:00", 7),
                rated("2026-03-05T09:00", 7), rated("2026-03-07T09:00", 8), rated("2026-03-10T09:00", 9)));

        assertTrue(notice.orElseThrow().contains("last 4 rated sessions this week (7, 7, 8, 9)"), notice.get());
    }

    @Test
    void sessionsAreTakenInTheOrderTheyStartedNotTheListOrder() {
        List<LoggedSession> sessions = new ArrayList<>(List.of(
                rated("2026-03-10T09:00", 8), rated("2026-03-05T09:00", 7), rated("2026-03-07T09:00", 7)));

        assertTrue(check(List.of(), sessions).isPresent());
    }

    @Test
    void aSessionAfterNowIsIgnored() {
        assertEquals(Optional.empty(), check(List.of(), List.of(
                rated("2026-03-07T09:00", 7), rated("2026-03-10T09:00", 7), rated("2026-03-10T21:00", 8))));
    }

    @Test
    void theSeverityNoticeComesFirstWhenBothApply() {
        Optional<String> notice = check(List.of(episode(9)), List.of(
                rated("2026-03-05T09:00", 7), rated("2026-03-07T09:00", 7), rated("2026-03-10T09:00", 8)));

        assertTrue(notice.orElseThrow().startsWith("You rated this spasm 9 out of 10."), notice.get());
    }

    @Test
    void nothingLoggedMeansNoNotice() {
        assertEquals(Optional.empty(), check(List.of(), List.of()));
    }
}
