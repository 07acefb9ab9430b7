/**
 * What the screens keep in the log and read back from it, as interfaces: the session archive, the person's own
 * routines, the settings and the spasm record. The storage layer implements them (one small class for each, over
 * the log's one thread); the view-models take them in their constructors, so none of them knows about SQLite, and
 * their tests hand in fakes. Every call returns at once with a future that completes on the storage side's thread.
 */
package dev.unknot.domain.store;
