package dev.unknot.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sessions the history shows. Every part is optional; {@link #ALL} has none.
 *
 * @param from     the first day shown, inclusive: sessions that started on or after its local midnight
 * @param to       the last day shown, inclusive: sessions that started before the next day's local midnight
 * @param targetId only sessions with at least one step on this {@link Target#id()}
 */
public record HistoryFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> targetId) {

    public static final HistoryFilter ALL = new HistoryFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public HistoryFilter {
        Objects.requireNonNull(from, "from is Optional.empty(), never null");
        Objects.requireNonNull(to, "to is Optional.empty(), never null");
        Objects.requireNonNull(targetId, "targetId is Optional.empty(), never null");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new ValidationException("The first day (" + from.get() + ") is after the last day (" + to.get()
                    + "); choose a first day on or before the last.");
        }
    }
}
