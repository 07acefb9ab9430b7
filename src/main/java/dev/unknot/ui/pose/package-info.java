/** The pose figure: how to lie or stand for a target or exercise, drawn from the domain's pose model. */
package dev.unknot.ui.pose;
