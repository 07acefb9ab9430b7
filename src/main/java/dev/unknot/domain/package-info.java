/**
 * The pure core of Unknot: targets, tools, routines, duration rules, the session engine and its clock.
 * Nothing here may import JavaFX, JDBC or the storage layer, so every rule is tested in milliseconds
 * with a fake clock (see the architecture test).
 */
package dev.unknot.domain;
