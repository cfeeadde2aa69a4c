package vn.tiepdon.archfixture.payment;

import java.net.URI;

/** The payment codec going on the network, outside its I/O edges. */
public final class CallsTheBank {

    URI bank;
}
