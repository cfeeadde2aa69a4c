package vn.tiepdon.archfixture.payment.api;

import java.net.InetSocketAddress;

/** An I/O edge of the domain: the network is its job, and no rule holds it against it. */
public final class Listens {

    InetSocketAddress address;
}
