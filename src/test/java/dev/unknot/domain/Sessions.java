package dev.unknot.domain;

import java.util.List;

/** Plans and engines for the session tests. */
final class Sessions {
    static final long SECOND = 1_000_000_000L;
    static final TargetCatalogue CATALOGUE = new TargetCatalogue();
    static final BuiltInRoutines BUILT_IN = new BuiltInRoutines(CATALOGUE);

    final FakeClock clock = new FakeClock();
    final RecordingListener listener = new RecordingListener();
    final SessionEngine engine;

    Sessions(SessionPlan plan) {
        engine = new SessionEngine(plan, clock, listener);
    }

    Sessions(SessionPlan plan, long checkpointNanos) {
        engine = new SessionEngine(plan, clock, listener, checkpointNanos);
    }

    /** Upper back worked centrally for {@code minutes}, 10 s to get into position. */
    static SessionPlan upperBack(int minutes) {
        Target target = CATALOGUE.byId(TargetCatalogue.UPPER_BACK);
        return SessionPlan.of(new Routine("test:upper", "Upper back", List.of(
                new Step(target, Tool.FOAM_ROLLER, Sides.CENTRAL, minutes)), false), 10);
    }

    /** The built-in Low back routine: nine 5-minute segments, 10 s to get into each. */
    static SessionPlan lowBack() {
        return SessionPlan.of(BUILT_IN.defaultRoutine(), 10);
    }

    /** Glute max both sides then TLF, 5 minutes each, 10 s reposition: segments LEFT, RIGHT, CENTRAL. */
    static SessionPlan gluteThenTlf() {
        return SessionPlan.of(new Routine("test:short", "Short", List.of(
                Step.usual(CATALOGUE.byId(TargetCatalogue.GLUTE_MAX)),
                Step.usual(CATALOGUE.byId(TargetCatalogue.TLF))), false), 10);
    }

    Sessions started() {
        engine.start();
        return this;
    }

    /** Moves the clock by whole seconds, ticking once a second. */
    void runSeconds(long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advanceSeconds(1);
            engine.tick();
        }
    }

    /** Moves the clock in one jump and ticks once. */
    void jumpSeconds(double seconds) {
        clock.advanceNanos(Math.round(seconds * SECOND));
        engine.tick();
    }

    SessionSnapshot snap() {
        return engine.snapshot();
    }

    int done(int segment) {
        return snap().progress().get(segment).doneSeconds();
    }

    int allotted(int segment) {
        return snap().progress().get(segment).allottedSeconds();
    }
}
