package vn.tiepdon.archfixture.store;

/** Stands for a SQLite adapter. */
public final class Ledger {
}
