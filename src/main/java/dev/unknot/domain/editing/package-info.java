/**
 * Editing a routine: an immutable {@link dev.unknot.domain.editing.RoutineDraft} that the routine editor changes
 * one operation at a time, and a check that reports every problem against the field it belongs to, so the
 * screen can show each message next to its field.
 *
 * <p>A draft accepts anything the person does (a typed "45", a tool the target does not suit) and keeps it as
 * given; only {@link dev.unknot.domain.editing.RoutineDraft#check} judges it, and only a draft without errors
 * becomes a {@link dev.unknot.domain.Routine}. Built-in routines are never edited: starting from one gives a copy.
 */
package dev.unknot.domain.editing;
