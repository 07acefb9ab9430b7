/**
 * The body outline: a back view of a person with a region for each target, lit for the targets (and sides) a
 * view-model names. Drawing only; which targets to light is decided by the screen's view-model.
 */
package dev.unknot.ui.body;
