/**
 * Sound cues: what a person lying on a roller a couple of metres from the screen hears at each phase — a tone, and
 * with spoken cues on, a few words joined from the pre-rendered pieces in assets/voice.
 * UI layer: it uses javax.sound.sampled (to read and play WAVs); the domain and storage never
 * import them. Audio is best effort: where it cannot play, a player turns itself off with one warning and the
 * session goes on silently.
 */
package dev.unknot.ui.sound;
