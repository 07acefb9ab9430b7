/** The strengthening block's screen: sets and rests timed like a session, read from the floor. */
package dev.unknot.ui.exercises;
