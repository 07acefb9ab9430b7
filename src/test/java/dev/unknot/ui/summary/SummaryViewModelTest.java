package dev.unknot.ui.summary;

import dev.unknot.domain.BuiltInRoutines;
import dev.unknot.domain.FakeClock;
import dev.unknot.domain.SessionEngine;
import dev.unknot.domain.SessionListener;
import dev.unknot.domain.SessionPlan;
import dev.unknot.domain.TargetCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryViewModelTest {
    private final FakeClock clock = new FakeClock();
    private final SessionEngine engine = new SessionEngine(
            SessionPlan.of(new BuiltInRoutines(new TargetCatalogue()).defaultRoutine(), 10), clock, new SessionListener() { });

    @Test
    void endedEarlySummaryShowsEachTargetAndSideWithWorkedTime() {
        engine.start();
        clock.advanceSeconds(10 + 300 + 10 + 90);
        engine.tick();
        engine.endEarly();

        SummaryViewModel vm = new SummaryViewModel(engine.snapshot(), (pain, note) -> { }, () -> { });

        assertEquals("Session ended early — Low back", vm.title());
        assertEquals("6 min 30 s worked of 45 min planned", vm.totals());
        assertEquals(9, vm.rows().size());
        assertEquals(new SummaryViewModel.Row("Glute max", "Left side", "Foam roller", "5 min", "5 min", true, "done"), vm.rows().get(0));
        assertEquals(new SummaryViewModel.Row("Glute max", "Right side", "Foam roller", "5 min", "1 min 30 s", false, "ended here"), vm.rows().get(1));
        assertEquals("not reached", vm.rows().get(2).outcome());
        assertEquals("—", vm.rows().get(2).worked());
        assertFalse(vm.rows().get(2).complete());
    }

    @Test
    void finishedSummarySaysCompleteAndDoneGoesHome() {
        engine.start();
        clock.advanceSeconds(9 * 310);
        engine.tick();
        AtomicInteger home = new AtomicInteger();

        SummaryViewModel vm = new SummaryViewModel(engine.snapshot(), (pain, note) -> { }, home::incrementAndGet);
        vm.done();

        assertEquals("Session complete — Low back", vm.title());
        assertTrue(vm.rows().stream().allMatch(SummaryViewModel.Row::complete));
        assertEquals(1, home.get());
    }

    @Test
    void painAfterIsSavedWhenRatedAndTheNoteOnLeavingOnlyWhenChanged() {
        engine.start();
        engine.endEarly();
        List<String> saved = new ArrayList<>();
        SummaryViewModel vm = new SummaryViewModel(engine.snapshot(),
                (pain, note) -> saved.add(pain + "|" + note), () -> { });

        vm.painAfterProperty().set(3);
        vm.noteProperty().set("  felt looser  ");
        vm.done();
        vm.save();

        assertEquals(List.of("OptionalInt[3]|", "OptionalInt[3]|felt looser"), saved);
    }

    @Test
    void aNoteLongerThanTheLimitIsCutToTheLimit() {
        engine.start();
        engine.endEarly();
        SummaryViewModel vm = new SummaryViewModel(engine.snapshot(), (pain, note) -> { }, () -> { });
        vm.noteProperty().set("x".repeat(SummaryViewModel.MAX_NOTE_LENGTH + 50));
        assertEquals(SummaryViewModel.MAX_NOTE_LENGTH, vm.noteProperty().get().length());
        assertEquals("A note keeps at most 2,000 characters: the last 50 of what you typed or pasted were left out.",
                vm.noteNoticeProperty().get(), "never cut without a word");
    }

    @Test
    void theCountShowsNearTheLimitAndCountsCharactersNotUtf16Units() {
        engine.start();
        engine.endEarly();
        SummaryViewModel vm = new SummaryViewModel(engine.snapshot(), (pain, note) -> { }, () -> { });
        vm.noteProperty().set("a".repeat(1799));
        assertEquals("", vm.noteCountProperty().get());
        vm.noteProperty().set("\uD83D\uDE42".repeat(1950));
        assertEquals("1,950 of 2,000 characters", vm.noteCountProperty().get());
        assertEquals("", vm.noteNoticeProperty().get());
    }

    @Test
    void pastedTextIsCutToWhatFitsAndSaysHowMuchWasLeftOut() {
        engine.start();
        engine.endEarly();
        SummaryViewModel vm = new SummaryViewModel(engine.snapshot(), (pain, note) -> { }, () -> { });
        String before = "b".repeat(1000);
        assertEquals("p".repeat(998), vm.fitInserted(before, "p".repeat(4000), "aa"));
        assertEquals("A note keeps at most 2,000 characters: the last 3,002 of what you typed or pasted were left out.",
                vm.noteNoticeProperty().get());
        assertEquals("\uD83D\uDE42", vm.fitInserted("x".repeat(1999), "\uD83D\uDE42\uD83D\uDE42", ""),
                "a character is never split in two");
        assertEquals("", vm.fitInserted("x".repeat(2000), "y", ""), "typing at the limit adds nothing");
    }
}
