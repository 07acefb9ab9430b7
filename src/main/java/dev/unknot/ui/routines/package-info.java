/**
 * The routine editor: the person builds routines of their own from the guide's targets, step by step. The view
 * model holds an immutable {@link dev.unknot.domain.editing.RoutineDraft} and shows its check's errors next to
 * their fields; the routines are kept through a {@link dev.unknot.domain.store.RoutineStore} the app hands in, so
 * nothing here touches storage. Built-in routines are shown read-only and can only be duplicated.
 */
package dev.unknot.ui.routines;
