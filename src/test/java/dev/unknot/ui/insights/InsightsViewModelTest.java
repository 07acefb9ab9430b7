package dev.unknot.ui.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.SessionStatus;
import dev.unknot.domain.TargetCatalogue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InsightsViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static InsightsViewModel vm(CompletableFuture<List<LoggedSession>> log) {
        return new InsightsViewModel(() -> log, new TargetCatalogue(), ZONE, () -> TODAY, Runnable::run);
    }

    @Test
    void anEmptyLogSaysHowToStart() {
        InsightsViewModel vm = vm(CompletableFuture.completedFuture(List.of()));
        vm.load();
        assertTrue(vm.emptyProperty().get());
        assertEquals("No sessions yet — press Enter on the start screen to start one.", vm.messageProperty().get());
    }

    @Test
    void aLogGivesTheHeadlineStreakAndPainSentences() {
        LoggedSession yesterday = session(1, "2026-11-24T07:00:00Z", 7, 4);
        LoggedSession today = session(2, "2026-11-25T07:00:00Z", 6, 3);
        InsightsViewModel vm = vm(CompletableFuture.completedFuture(List.of(yesterday, today)));

        vm.load();

        assertFalse(vm.emptyProperty().get());
        assertEquals("", vm.messageProperty().get());
        assertNotNull(vm.insightsProperty().get());
        assertEquals("2 sessions · 20 min worked in all · 2 in the last 7 days · 2 in the last 30 days",
                vm.overviewTextProperty().get());
        assertEquals("Current streak: 2 days · Longest: 2 days", vm.streakTextProperty().get());
        assertTrue(vm.painTextProperty().get().contains("takes pain down by 3.0 points (2 sessions rated before and after)"),
                vm.painTextProperty().get());
    }

    @Test
    void aLogThatCannotBeReadSaysSoInPlainWords() {
        InsightsViewModel vm = vm(CompletableFuture.failedFuture(new IllegalStateException("the disk is gone")));
        vm.load();
        assertEquals("Your insights could not be worked out: the disk is gone", vm.messageProperty().get());
    }

    private static LoggedSession session(long id, String at, int before, int after) {
        return new LoggedSession(id, Instant.parse(at), Optional.of(Instant.parse(at).plusSeconds(600)), "builtin:low_back",
                "Low back", SessionStatus.FINISHED,
                List.of(new LoggedStep(0, "glute_max", "foam_roller", "left", 300, 300),
                        new LoggedStep(1, "glute_max", "foam_roller", "right", 300, 300)),
                OptionalInt.of(before), OptionalInt.of(after), "");
    }
}
