package dev.unknot.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.unknot.domain.StepOutcome.CUT_SHORT;
import static dev.unknot.domain.StepOutcome.DONE;
import static dev.unknot.domain.StepOutcome.ENDED_HERE;
import static dev.unknot.domain.StepOutcome.NOT_REACHED;
import static dev.unknot.domain.StepOutcome.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which steps were done, skipped, cut short, ended on or not reached: from the live end and from the log. */
class StepOutcomeTest {

    private static List<StepOutcome.Seconds> steps(int... done) {
        return java.util.Arrays.stream(done).mapToObj(d -> new StepOutcome.Seconds(300, d)).toList();
    }

    @Test
    void aFinishedSessionWithSkippedStepsSaysWhichWereSkippedOrCutShort() {
        assertEquals(List.of(DONE, SKIPPED, CUT_SHORT, DONE),
                StepOutcome.of(SessionStatus.FINISHED, steps(300, 0, 45, 300), -1));
    }

    @Test
    void anEndedEarlySessionEndsWhereItWasAndTheRestWasNotReached() {
        assertEquals(List.of(DONE, SKIPPED, ENDED_HERE, NOT_REACHED),
                StepOutcome.of(SessionStatus.ENDED_EARLY, steps(300, 0, 45, 0), 2));
    }

    @Test
    void fromTheLogTheLastStepWithWorkIsWhereItEnded() {
        assertEquals(List.of(DONE, SKIPPED, ENDED_HERE, NOT_REACHED),
                StepOutcome.of(SessionStatus.INTERRUPTED, steps(300, 0, 45, 0), -1));
        assertEquals(List.of(DONE, NOT_REACHED), StepOutcome.of(SessionStatus.ENDED_EARLY, steps(300, 0), -1));
    }

    @Test
    void extendedTimeStillCountsAsDone() {
        assertEquals(List.of(DONE), StepOutcome.of(SessionStatus.FINISHED, steps(360), -1));
    }

    @Test
    void onlySkippedAndCutShortAreSkips() {
        assertEquals(List.of(CUT_SHORT, SKIPPED), java.util.Arrays.stream(StepOutcome.values())
                .filter(StepOutcome::skipped).toList());
    }
}
