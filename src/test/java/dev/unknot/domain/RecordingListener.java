package dev.unknot.domain;

import java.util.ArrayList;
import java.util.List;

/** Remembers everything a session tells its listener, in order. */
class RecordingListener implements SessionListener {

    enum Kind { STARTED, CUE, CHECKPOINT, ENDED }

    record Event(Kind kind, Cue cue, SessionSnapshot snapshot) {
    }

    final List<Event> events = new ArrayList<>();

    @Override
    public void started(SessionSnapshot snapshot) {
        events.add(new Event(Kind.STARTED, null, snapshot));
    }

    @Override
    public void cue(Cue cue, SessionSnapshot snapshot) {
        events.add(new Event(Kind.CUE, cue, snapshot));
    }

    @Override
    public void checkpoint(SessionSnapshot snapshot) {
        events.add(new Event(Kind.CHECKPOINT, null, snapshot));
    }

    @Override
    public void ended(SessionSnapshot snapshot) {
        events.add(new Event(Kind.ENDED, null, snapshot));
    }

    List<Cue> cues() {
        return events.stream().filter(e -> e.kind() == Kind.CUE).map(Event::cue).toList();
    }

    List<Event> cueEvents() {
        return of(Kind.CUE);
    }

    List<SessionSnapshot> checkpoints() {
        return of(Kind.CHECKPOINT).stream().map(Event::snapshot).toList();
    }

    List<Event> of(Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }

    int count(Kind kind) {
        return of(kind).size();
    }

    void clear() {
        events.clear();
    }
}
