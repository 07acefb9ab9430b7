package dev.unknot.domain;

import java.util.List;
import java.util.Objects;

/**
 * One muscle or area the guide tells you to work.
 *
 * @param id             stable id, stored in the log; never renamed
 * @param name           display name
 * @param region         upper or low back
 * @param tools          the tools that suit it, the usual one first
 * @param perSide        worked left and right separately, or centrally
 * @param defaultMinutes minutes per side (or in all, when central), within {@link Durations}
 * @param howTo          2–4 sentences: how to get there and how to work it
 * @param caution        where pressure can harm; empty when there is nothing special to say
 */
public record Target(String id, String name, Region region, List<Tool> tools, boolean perSide,
                     int defaultMinutes, String howTo, String caution) {

    public Target {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(region);
        tools = List.copyOf(tools);
        if (tools.isEmpty()) {
            throw new ValidationException(name + " needs at least one tool.");
        }
        Durations.requireMinutes(defaultMinutes);
        Objects.requireNonNull(howTo);
        caution = caution == null ? "" : caution;
    }

    public Tool usualTool() {
        return tools.get(0);
    }

    public boolean suits(Tool tool) {
        return tools.contains(tool);
    }

    public Sides usualSides() {
        return perSide ? Sides.BOTH : Sides.CENTRAL;
    }
}
