package vn.tiepdon.archfixture.ticket;

import vn.tiepdon.archfixture.store.Ledger;

/** Neither the domain nor the station nor the CLI, reaching into the store. */
public final class PrintsFromTheStore {

    Ledger ledger;
}
