/**
 * Sound cues: what a person lying on a roller a couple of metres from the screen hears at each phase.
 * UI layer: it may use javafx.scene.media; the domain and storage never import it. Audio is best effort:
 * where it cannot play, a player turns itself off with one warning and the session goes on silently.
 */
package dev.unknot.ui.sound;
