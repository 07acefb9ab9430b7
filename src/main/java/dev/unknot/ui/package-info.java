/**
 * The JavaFX screens: one package per screen, each a View (layout, key bindings, nothing else) and a
 * ViewModel (read-only properties out, commands in). No JDBC here; storage is reached only through the
 * domain's listener interfaces and the futures the app layer hands in.
 */
package dev.unknot.ui;
