/**
 * Bootstrap and wiring: where the data lives, which clock and sounds to use, the first window. The only
 * package that knows every layer; nothing else reaches in here.
 */
package dev.unknot.app;
