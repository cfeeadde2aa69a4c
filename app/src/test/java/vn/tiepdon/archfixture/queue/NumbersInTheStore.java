package vn.tiepdon.archfixture.queue;

import vn.tiepdon.archfixture.store.Ledger;

/** The domain reaching into the store. */
public final class NumbersInTheStore {

    Ledger ledger;
}
