package vn.tiepdon.archfixture.payment.desk;

import vn.tiepdon.archfixture.payment.Order;

/** The other half. */
public final class Desk {

    Order order;
}
