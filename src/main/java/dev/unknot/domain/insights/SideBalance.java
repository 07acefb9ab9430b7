package dev.unknot.domain.insights;

import dev.unknot.domain.LoggedSession;
import dev.unknot.domain.LoggedStep;
import dev.unknot.domain.Side;
import dev.unknot.domain.TargetCatalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Left against right, over the whole log, for each target that has been worked on a side.
 *
 * @param targets one row per target with worked time on its left or right side, in catalogue order, then ids
 *                the catalogue no longer knows, alphabetically; central work is not counted here
 */
public record SideBalance(List<TargetSides> targets) {

    public SideBalance {
        targets = List.copyOf(targets);
    }

    /**
     * One target's sides.
     *
     * @param targetId     the target
     * @param leftMinutes  minutes worked on the left
     * @param rightMinutes minutes worked on the right
     * @param leftShare    left / (left + right), 0–1
     * @param rightShare   right / (left + right), 0–1; the two shares add up to 1
     * @param imbalance    |left − right| / (left + right): 0 when even, 1 when only one side was worked
     * @param moreWorked   the side with more minutes; empty when they are equal
     */
    public record TargetSides(String targetId, double leftMinutes, double rightMinutes, double leftShare,
                              double rightShare, double imbalance, Optional<Side> moreWorked) {
        public TargetSides {
            Objects.requireNonNull(targetId);
            Objects.requireNonNull(moreWorked);
        }

        static TargetSides of(String targetId, long leftSeconds, long rightSeconds) {
            double both = leftSeconds + rightSeconds;
            Optional<Side> more = leftSeconds == rightSeconds ? Optional.empty()
                    : Optional.of(leftSeconds > rightSeconds ? Side.LEFT : Side.RIGHT);
            return new TargetSides(targetId, Worked.minutes(leftSeconds), Worked.minutes(rightSeconds),
                    leftSeconds / both, rightSeconds / both, Math.abs(leftSeconds - rightSeconds) / both, more);
        }
    }

    public static SideBalance of(List<LoggedSession> sessions, TargetCatalogue catalogue) {
        TargetOrder order = new TargetOrder(catalogue);
        Map<String, long[]> seconds = new HashMap<>(); // targetId -> {left, right}
        for (LoggedSession s : Worked.counting(sessions)) {
            for (LoggedStep step : s.steps()) {
                long worked = Worked.seconds(step);
                int side = step.sideId().equals(Side.LEFT.id()) ? 0 : step.sideId().equals(Side.RIGHT.id()) ? 1 : -1;
                if (worked > 0 && side >= 0) {
                    seconds.computeIfAbsent(step.targetId(), id -> new long[2])[side] += worked;
                }
            }
        }
        List<TargetSides> rows = new ArrayList<>();
        for (String id : order.sorted(seconds.keySet())) {
            long[] lr = seconds.get(id);
            rows.add(TargetSides.of(id, lr[0], lr[1]));
        }
        return new SideBalance(rows);
    }
}
