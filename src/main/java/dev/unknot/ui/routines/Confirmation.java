package dev.unknot.ui.routines;

/** A question to answer before something is lost: Enter does it, Escape keeps things as they are. */
public record Confirmation(String question, String detail, String confirmText, String keepText) {
}
