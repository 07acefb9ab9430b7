/**
 * The look: which stylesheets make the light and the dark theme, and putting them on every window at once.
 * Colours are named only in the palette stylesheets; nothing here decides when the theme changes (the settings do).
 */
package dev.unknot.ui.theme;
